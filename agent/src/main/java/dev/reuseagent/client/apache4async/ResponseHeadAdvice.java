package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/**
 * {@code o.a.http.nio.protocol.HttpAsyncRequestExecutor#responseReceived(NHttpClientConnection)}: a response head
 * on that connection; {@link ExchangeAdvice} runs inside it for a final one.
 */
public final class ResponseHeadAdvice {

    private ResponseHeadAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Argument(0) Object connection) {
        return Apache4AsyncHooks.headEnter(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object previous) {
        Apache4AsyncHooks.headExit(previous);
    }
}
