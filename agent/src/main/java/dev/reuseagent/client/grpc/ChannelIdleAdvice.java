package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code ManagedChannelImpl#enterIdleMode()}: the channel saw no call for its {@code idleTimeout} and drops its load
 * balancer, whose subchannels shut their transports down; its next call starts afresh on a new transport.
 */
public final class ChannelIdleAdvice {

    private ChannelIdleAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("transportFactory") Object factory) {
        GrpcHooks.channelIdle(factory);
    }
}
