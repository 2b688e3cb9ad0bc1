package dev.reuseagent.client.netty;

import dev.reuseagent.weave.Advice;

/**
 * {@code AbstractChannel(Channel parent)} and {@code AbstractChannel(Channel parent, ChannelId id)}: a channel was
 * built, on the thread that asked for it.
 */
public final class ChannelCreatedAdvice {

    private ChannelCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object channel, @Advice.Argument(0) Object parent) {
        NettyHooks.channelCreated(channel, parent);
    }
}
