package dev.reuseagent.client.netty;

/**
 * The boundary the Netty advice calls. Every hook is static and takes JDK types only (Netty's own types are passed
 * as {@code Object} and reached reflectively: the agent lives on the boot class path, where Netty is invisible). A
 * hook never handles errors itself: the weaver guards each advice call and counts what it throws. Until the slice
 * has started {@code tracking} is null and every hook returns at once.
 */
public final class NettyHooks {

    private static volatile NettyTracking tracking;

    private NettyHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(NettyTracking nettyTracking) {
        tracking = nettyTracking;
    }

    public static void channelCreated(Object channel, Object parent) {
        NettyTracking t = tracking;
        if (t != null && parent == null) {
            t.channelCreated(channel);
        }
    }

    /**
     * Vert.x's client connect is entered, on the application's thread or on the event loop it hands the connect to.
     *
     * @return what {@link #vertxConnectExited} restores
     */
    public static Object vertxConnectEntered(Object promise) {
        NettyTracking t = tracking;
        return t == null || promise == null ? null : t.vertxConnectEntered(NettyThreadState.current(), promise);
    }

    public static void vertxConnectExited(Object carried) {
        if (carried != null) {
            NettyTracking.vertxConnectExited(NettyThreadState.current(), carried);
        }
    }

    /** @return what {@link #connectCalled} needs, or null when this connect is not tracked */
    public static Object connectStarted(Object remote, Object promise) {
        NettyTracking t = tracking;
        return t == null ? null : t.connectStarted(NettyThreadState.current(), remote, promise);
    }

    /** A transport's {@code fulfillConnectPromise(promise, wasActive)}: the channel connected. */
    public static void connectFulfilling(Object promise) {
        NettyTracking t = tracking;
        if (t != null && promise != null) {
            t.connectFulfilling(promise);
        }
    }

    public static void connectCalled(Object started) {
        if (started != null) {
            NettyTracking.connectCalled(NettyThreadState.current());
        }
    }
}
