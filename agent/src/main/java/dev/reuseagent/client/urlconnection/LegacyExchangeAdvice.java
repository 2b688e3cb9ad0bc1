package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClient#parseHTTP(MessageHeader, ProgressSource, HttpURLConnection)} in JDK 17: as {@link ExchangeAdvice},
 * whose HttpURLConnection is the second argument from JDK 18 on.
 */
public final class LegacyExchangeAdvice {

    private LegacyExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        UrlConnectionHooks.exchangeEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.FieldValue("url") Object url,
            @Advice.FieldValue("keepingAlive") boolean keepingAlive, @Advice.Argument(2) Object request,
            @Advice.Thrown Throwable thrown) {
        UrlConnectionHooks.exchangeExit(client, url, keepingAlive, request, thrown);
    }
}
