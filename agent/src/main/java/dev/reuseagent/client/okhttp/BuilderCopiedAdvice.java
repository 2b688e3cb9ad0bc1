package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code OkHttpClient$Builder(OkHttpClient)}, what {@code client.newBuilder()} returns (enforcing only). */
public final class BuilderCopiedAdvice {

    private BuilderCopiedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object builder, @Advice.Argument(0) Object client) {
        OkHttpHooks.builderCopied(builder, client);
    }
}
