package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/** {@code DefaultPooledConnectionProvider$DisposableAcquire(6 arguments)}: the pool acquire's subscriber was built. */
public final class AcquireCreatedAdvice {

    private AcquireCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object acquire) {
        ReactorNettyHooks.acquireCreated(acquire);
    }
}
