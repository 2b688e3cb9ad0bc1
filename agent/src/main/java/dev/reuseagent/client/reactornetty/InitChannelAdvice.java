package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultPooledConnectionProvider$PooledConnectionAllocator$PooledConnectionInitializer#initChannel(Channel)}:
 * the channel the allocation made, before it connects.
 */
public final class InitChannelAdvice {

    private InitChannelAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object initializer, @Advice.Argument(0) Object channel) {
        ReactorNettyHooks.allocated(initializer, channel);
    }
}
