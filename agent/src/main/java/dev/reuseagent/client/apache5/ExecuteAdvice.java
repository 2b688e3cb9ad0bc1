package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: {@code o.a.hc.client5.http.impl.classic.InternalHttpClient#doExecute(HttpHost,
 * ClassicHttpRequest, HttpContext)}: which client's request runs on this thread, to tell a connection that
 * another client of a shared manager opened.
 */
public final class ExecuteAdvice {

    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object client) {
        return Apache5Hooks.executeEnter(client);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object previous) {
        Apache5Hooks.executeExit(previous);
    }
}
