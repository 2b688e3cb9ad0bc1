package dev.reuseagent.client.netty;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultChannelPipeline$HeadContext#connect(ChannelHandlerContext, SocketAddress remote, SocketAddress
 * local, ChannelPromise promise)}: the channel's transport starts connecting; the promise tells how it ended.
 */
public final class PipelineConnectAdvice {

    private PipelineConnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Argument(1) Object remote, @Advice.Argument(3) Object promise) {
        return NettyHooks.connectStarted(remote, promise);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object started) {
        NettyHooks.connectCalled(started);
    }
}
