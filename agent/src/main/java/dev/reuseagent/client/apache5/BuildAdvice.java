package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: {@code o.a.hc.client5.http.impl.classic.HttpClientBuilder#build()}. A builder without a
 * connection manager builds with a shared one installed, and gets its own settings back on exit.
 */
public final class BuildAdvice {

    private BuildAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object builder) {
        return Apache5Hooks.buildEnter(builder);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object builder, @Advice.Enter Object token, @Advice.Return Object client,
            @Advice.Thrown Throwable thrown) {
        Apache5Hooks.buildExit(builder, token, client, thrown);
    }
}
