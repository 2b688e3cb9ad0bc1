package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/** {@code HttpClient#closeServer()}: the connection ends. */
public final class CloseServerAdvice {

    private CloseServerAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object client) {
        UrlConnectionHooks.closing(client);
    }
}
