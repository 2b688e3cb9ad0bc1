package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClient#parseHTTP(MessageHeader, HttpURLConnection)} (JDK 18 on; 17 has {@link LegacyExchangeAdvice}):
 * one response head read, i.e. one exchange, for the request of that HttpURLConnection.
 * The JDK's silent retry calls it recursively after reconnecting, so only the outermost call counts.
 * {@code keepingAlive} false after the response head means this connection will never return to the cache
 * (its body stream closes the socket directly, without closeServer).
 */
public final class ExchangeAdvice {

    private ExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        UrlConnectionHooks.exchangeEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.FieldValue("url") Object url,
            @Advice.FieldValue("keepingAlive") boolean keepingAlive, @Advice.Argument(1) Object request,
            @Advice.Thrown Throwable thrown) {
        UrlConnectionHooks.exchangeExit(client, url, keepingAlive, request, thrown);
    }
}
