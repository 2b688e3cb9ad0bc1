package dev.reuseagent.client.netty;

import dev.reuseagent.client.NettyListener;

import java.net.InetSocketAddress;

/**
 * One channel connect in progress, and the listener on its promise: the invocation handler of a
 * {@code GenericFutureListener} proxy ({@link NettyApi#addListener}), called on the event loop when the connect
 * ends.
 */
final class NettyConnect extends NettyListener {

    private final NettyTracking tracking;
    final Object channel;
    final InetSocketAddress target;
    final String site;
    final long startNanos;
    /**
     * When the transport fulfilled the promise ({@code fulfillConnectPromise}), or 0 where no hook saw it: listeners
     * the application added before this one run first, and their time is not the connect's.
     */
    volatile long fulfilledNanos;

    NettyConnect(NettyTracking tracking, Object channel, InetSocketAddress target, String site, long startNanos) {
        this.tracking = tracking;
        this.channel = channel;
        this.target = target;
        this.site = site;
        this.startNanos = startNanos;
    }

    @Override
    protected void completed(Object future) {
        tracking.connectEnded(this, future, NettyApi.of(future.getClass()).isSuccess(future));
    }

    @Override
    protected String describe() {
        return "reuse-agent netty connect listener";
    }
}
