package dev.reuseagent.transport;

import dev.reuseagent.transport.TransportHooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code sun.security.ssl.SSLEngineImpl#wrap} and {@code #unwrap} (the six-argument forms every other form calls):
 * their result's handshake status says whether a handshake is under way or has just finished.
 */
public final class EngineWrapAdvice {

    private EngineWrapAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static long enter() {
        return System.nanoTime();
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object engine, @Advice.Enter long startNanos,
            @Advice.Return Object result) {
        TransportHooks.engineResult(engine, startNanos, result);
    }
}
