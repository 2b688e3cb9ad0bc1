package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * core5 {@code HttpRequestExecutor#execute(ClassicHttpRequest, HttpClientConnection,
 * HttpResponseInformationCallback, HttpContext)}: one request and its final response head on the connection.
 */
public final class ExchangeAdvice {

    private ExchangeAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Argument(1) Object connection, @Advice.Thrown Throwable thrown) {
        Apache5Hooks.exchanged(connection, thrown);
    }
}
