package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/** {@code HttpClient#openServer(String, int)}: the keep-alive cache had nothing, a new connection is made. */
public final class OpenServerAdvice {

    private OpenServerAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        UrlConnectionHooks.openEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.FieldValue("url") Object url,
            @Advice.Thrown Throwable thrown) {
        UrlConnectionHooks.openExit(client, url, thrown);
    }
}
