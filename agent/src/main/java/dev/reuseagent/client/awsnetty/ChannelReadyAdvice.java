package dev.reuseagent.client.awsnetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code NettyRequestExecutor#makeRequestListener(Future)}: the pool's acquire for this request completed, on the
 * channel's event loop (successfully or not).
 */
public final class ChannelReadyAdvice {

    private ChannelReadyAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object executor, @Advice.Argument(0) Object channelFuture) {
        AwsNettyHooks.channelReady(executor, channelFuture);
    }
}
