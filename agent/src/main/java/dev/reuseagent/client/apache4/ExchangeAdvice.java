package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code org.apache.http.protocol.HttpRequestExecutor#execute(HttpRequest, HttpClientConnection, HttpContext)}:
 * one exchange; {@link ResponseHeadAdvice} tells on which entry.
 */
public final class ExchangeAdvice {

    private ExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache4Hooks.exchangeEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Thrown Throwable thrown) {
        Apache4Hooks.exchangeExit(thrown);
    }
}
