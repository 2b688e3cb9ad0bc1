package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpURLConnection#doTunneling0()} and {@code #expect100Continue()}: they read a response head with
 * HttpClient#parseHTTP (the proxy's answer to CONNECT, an interim 100 Continue) that is not a request of the
 * application, so the exchange hook must not count it.
 */
public final class NotAnExchangeAdvice {

    private NotAnExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        UrlConnectionHooks.notAnExchangeEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        UrlConnectionHooks.notAnExchangeExit();
    }
}
