package dev.reuseagent.transport;

import dev.reuseagent.transport.TransportHooks;
import dev.reuseagent.weave.Advice;

/** {@code java.net.Socket#connect(SocketAddress, int)}: every blocking socket, SSLSocket and proxy socket. */
public final class SocketConnectAdvice {

    private SocketConnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter() {
        return TransportHooks.connectEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object socket, @Advice.Argument(0) Object target,
            @Advice.Enter long startNanos, @Advice.Thrown Throwable thrown) {
        TransportHooks.connectExit(socket, target, startNanos, thrown);
    }
}
