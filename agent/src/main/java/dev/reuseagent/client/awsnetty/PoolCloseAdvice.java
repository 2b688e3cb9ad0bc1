package dev.reuseagent.client.awsnetty;

import dev.reuseagent.weave.Advice;

/** {@code SimpleChannelPoolAwareChannelPool#close()}: the client that owns this pool is being closed. */
public final class PoolCloseAdvice {

    private PoolCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object pool) {
        AwsNettyHooks.poolClosing(pool);
    }
}
