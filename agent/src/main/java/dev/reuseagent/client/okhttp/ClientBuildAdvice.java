package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code OkHttpClient(OkHttpClient$Builder)} (enforcing only; {@code new OkHttpClient()} and {@code build()} both
 * run it). Enter runs before the super call, so before the client reads anything from its builder.
 */
public final class ClientBuildAdvice {

    private ClientBuildAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Argument(0) Object builder) {
        return OkHttpHooks.clientBuilding(builder);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.Enter Object build) {
        OkHttpHooks.clientBuilt(client, build);
    }
}
