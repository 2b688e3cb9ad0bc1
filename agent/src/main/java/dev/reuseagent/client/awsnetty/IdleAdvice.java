package dev.reuseagent.client.awsnetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code IdleConnectionReaperHandler#channelIdle(ChannelHandlerContext, IdleStateEvent)}: the SDK's idle reaper
 * fired for a channel; it closes the channel if no request holds it.
 */
public final class IdleAdvice {

    private IdleAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object reaper, @Advice.Argument(0) Object handlerContext) {
        AwsNettyHooks.idleFired(reaper, handlerContext);
    }
}
