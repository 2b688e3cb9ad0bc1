package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultHttpClientConnectionOperator#connect(ManagedHttpClientConnection, ...)}, every overload (they
 * delegate to each other): the TCP connect and TLS handshake of a new connection; the outermost exit counts.
 */
public final class OperatorConnectAdvice {

    private OperatorConnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache5Hooks.connectEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Argument(0) Object connection, @Advice.Thrown Throwable thrown) {
        Apache5Hooks.connectExit(connection, thrown);
    }
}
