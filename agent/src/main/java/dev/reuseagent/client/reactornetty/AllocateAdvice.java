package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultPooledConnectionProvider$PooledConnectionAllocator$PooledConnectionInitializer}'s constructor: the
 * pool had no connection to give and allocates a new one (the pool's miss).
 */
public final class AllocateAdvice {

    private AllocateAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object initializer) {
        ReactorNettyHooks.allocating(initializer);
    }
}
