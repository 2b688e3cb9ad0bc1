package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: {@code o.a.http.impl.client.InternalHttpClient#doExecute(HttpHost, HttpRequest,
 * HttpContext)}: which client's request runs on this thread, to tell a connection that another client of a
 * shared manager opened.
 */
public final class ExecuteAdvice {

    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object client) {
        return Apache4Hooks.executeEnter(client);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object previous) {
        Apache4Hooks.executeExit(previous);
    }
}
