package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: {@code o.a.http.impl.client.HttpClientBuilder#build()}. A builder without a connection manager
 * builds with a shared one installed, and gets its own settings back on exit.
 */
public final class BuildAdvice {

    private BuildAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object builder) {
        return Apache4Hooks.buildEnter(builder);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object builder, @Advice.Enter Object token, @Advice.Return Object client,
            @Advice.Thrown Throwable thrown) {
        Apache4Hooks.buildExit(builder, token, client, thrown);
    }
}
