package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * reactor-pool's {@code AbstractPool#destroyPoolable(AbstractPooledRef)} (shaded into reactor-netty-core): the pool
 * destroys a pooled connection (evicted, invalidated, or the pool disposed); its destroy handler closes the channel
 * after this, so a cause recorded here is there when the close listener runs.
 */
public final class DestroyAdvice {

    private DestroyAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object pool, @Advice.Argument(0) Object pooledRef) {
        ReactorNettyHooks.destroying(pool, pooledRef);
    }
}
