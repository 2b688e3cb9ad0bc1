package dev.reuseagent.instrument.tls;

import dev.reuseagent.bootstrap.ReuseHooks;
import net.bytebuddy.asm.Advice;

/** {@code sun.security.ssl.SSLSocketImpl#startHandshake(boolean)}: explicit and automatic handshakes alike. */
public final class HandshakeAdvice {

    private HandshakeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter() {
        return ReuseHooks.tlsEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object socket, @Advice.Enter long startNanos,
            @Advice.Thrown Throwable thrown) {
        ReuseHooks.tlsExit(socket, startNanos, thrown);
    }
}
