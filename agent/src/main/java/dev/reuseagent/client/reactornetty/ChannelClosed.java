package dev.reuseagent.client.reactornetty;

import dev.reuseagent.client.NettyListener;

/** The listener on a tracked pooled channel's {@code closeFuture()} ({@link ReactorNettyApi#onClose}). */
final class ChannelClosed extends NettyListener {

    private final ReactorNettyTracking tracking;
    final Object channel;
    /** The pool, to tell whether it was disposed; null for a connection without one. */
    final Object pool;

    ChannelClosed(ReactorNettyTracking tracking, Object channel, Object pool) {
        this.tracking = tracking;
        this.channel = channel;
        this.pool = pool;
    }

    @Override
    protected void completed(Object future) {
        tracking.channelClosed(this);
    }

    @Override
    protected String describe() {
        return "reuse-agent reactor-netty close listener";
    }
}
