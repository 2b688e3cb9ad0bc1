package dev.reuseagent.client.netty;

import dev.reuseagent.track.AgentCounters;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;

/**
 * One channel connect in progress, and the listener on its promise: the invocation handler of a
 * {@code GenericFutureListener} proxy ({@link NettyApi#addListener}). Netty calls it on the event loop when the
 * connect ends, outside any woven method, so it guards itself: an error is counted like an advice error, never
 * thrown into Netty (which would log a warning in the application's log).
 */
final class NettyConnect implements InvocationHandler {

    private final NettyTracking tracking;
    final Object channel;
    final InetSocketAddress target;
    final String site;
    final long startNanos;

    NettyConnect(NettyTracking tracking, Object channel, InetSocketAddress target, String site, long startNanos) {
        this.tracking = tracking;
        this.channel = channel;
        this.target = target;
        this.site = site;
        this.startNanos = startNanos;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        if (name.equals("operationComplete") && args != null && args.length == 1) {
            try {
                tracking.connectEnded(this, NettyApi.of(args[0].getClass()).isSuccess(args[0]));
            } catch (Throwable t) {
                AgentCounters.adviceError(t);
            }
            return null;
        }
        if (name.equals("equals")) {
            return args != null && args.length == 1 && proxy == args[0];
        }
        if (name.equals("hashCode")) {
            return System.identityHashCode(proxy);
        }
        return name.equals("toString") ? "reuse-agent netty connect listener" : null;
    }
}
