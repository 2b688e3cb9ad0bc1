package dev.reuseagent.transport;

import dev.reuseagent.transport.TransportHooks;
import dev.reuseagent.weave.Advice;

/** {@code sun.security.ssl.SSLEngineImpl#beginHandshake()}: an engine's user starts its handshake explicitly. */
public final class EngineBeginAdvice {

    private EngineBeginAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter() {
        return System.nanoTime();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object engine, @Advice.Enter long startNanos,
            @Advice.Thrown Throwable thrown) {
        TransportHooks.engineBegun(engine, startNanos, thrown);
    }
}
