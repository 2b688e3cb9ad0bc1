package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/** {@code HttpClient#putInKeepAliveCache()} (and HttpsClient's override): the connection goes idle. */
public final class ReturnToCacheAdvice {

    private ReturnToCacheAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object client) {
        UrlConnectionHooks.returning(client);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        UrlConnectionHooks.returned();
    }
}
