package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultPooledConnectionProvider$DisposableAcquire#run()}: the pool handed out {@code pooledRef}, on the
 * channel's event loop.
 */
public final class AcquireRunAdvice {

    private AcquireRunAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object acquire, @Advice.FieldValue("pooledRef") Object pooledRef,
            @Advice.FieldValue("pool") Object pool) {
        ReactorNettyHooks.handedOut(acquire, pooledRef, pool);
    }
}
