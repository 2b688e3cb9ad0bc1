package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultPooledConnectionProvider$DisposableAcquire(DisposableAcquire parent)}: the pooled channel handed out
 * was dead; the same request acquires once more.
 */
public final class AcquireRetriedAdvice {

    private AcquireRetriedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object acquire, @Advice.Argument(0) Object parent) {
        ReactorNettyHooks.acquireRetried(acquire, parent);
    }
}
