package dev.reuseagent.transport;

import dev.reuseagent.transport.TransportHooks;
import dev.reuseagent.weave.Advice;

/** {@code sun.security.ssl.SSLSocketImpl#startHandshake(boolean)}: explicit and automatic handshakes alike. */
public final class HandshakeAdvice {

    private HandshakeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter() {
        return TransportHooks.tlsEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object socket, @Advice.Enter long startNanos,
            @Advice.Thrown Throwable thrown) {
        TransportHooks.tlsExit(socket, startNanos, thrown);
    }
}
