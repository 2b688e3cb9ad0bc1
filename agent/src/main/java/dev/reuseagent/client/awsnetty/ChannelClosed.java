package dev.reuseagent.client.awsnetty;

import dev.reuseagent.client.NettyListener;

/** The listener on a tracked channel's {@code closeFuture()} ({@link AwsNettyApi#onClose}). */
final class ChannelClosed extends NettyListener {

    private final AwsNettyTracking tracking;
    final Object channel;

    ChannelClosed(AwsNettyTracking tracking, Object channel) {
        this.tracking = tracking;
        this.channel = channel;
    }

    @Override
    protected void completed(Object future) {
        tracking.channelClosed(channel);
    }

    @Override
    protected String describe() {
        return "reuse-agent aws-netty close listener";
    }
}
