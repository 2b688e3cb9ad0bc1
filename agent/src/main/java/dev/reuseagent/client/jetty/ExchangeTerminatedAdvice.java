package dev.reuseagent.client.jetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpChannelOverHTTP#exchangeTerminated(HttpExchange, Result)}: an HTTP/1.1 exchange ended; inside, Jetty
 * releases its connection or closes it. {@code HttpChannelOverHTTP2#exchangeTerminated}: an HTTP/2 stream ended
 * (both channels name their connection {@code connection}).
 */
public final class ExchangeTerminatedAdvice {

    private ExchangeTerminatedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("connection") Object connection, @Advice.Argument(1) Object result) {
        JettyHooks.exchangeEnding(connection, result);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("connection") Object connection) {
        JettyHooks.exchangeEnded(connection);
    }
}
