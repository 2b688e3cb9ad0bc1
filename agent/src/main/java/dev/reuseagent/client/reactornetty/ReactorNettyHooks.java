package dev.reuseagent.client.reactornetty;

/**
 * The boundary the Reactor Netty advice calls. Every hook is static and takes JDK types only (the library's types
 * are passed as {@code Object} and reached reflectively: the agent lives on the boot class path). A hook never
 * handles errors itself: the weaver guards each advice call and counts what it throws. Until the slice has started
 * {@code tracking} is null and every hook returns at once.
 */
public final class ReactorNettyHooks {

    private static volatile ReactorNettyTracking tracking;

    private ReactorNettyHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(ReactorNettyTracking reactorTracking) {
        tracking = reactorTracking;
    }

    public static void acquireCalled(Object provider, Object config, Object remote) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.acquireCalled(ReactorNettyThreadState.current(), provider, config, remote);
        }
    }

    public static void acquireCreated(Object acquire) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.acquireCreated(ReactorNettyThreadState.current(), acquire);
        }
    }

    public static void acquireRetried(Object acquire, Object parent) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.acquireRetried(acquire, parent);
        }
    }

    public static void allocating(Object initializer) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.allocating(initializer);
        }
    }

    public static void allocated(Object initializer, Object channel) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.allocated(initializer, channel);
        }
    }

    public static void handedOut(Object acquire, Object pooledRef, Object pool) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.handedOut(acquire, pooledRef, pool);
        }
    }

    public static void streamAcquired(Object acquire, Object pooledRef, Object pool) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.streamAcquired(acquire, pooledRef, pool);
        }
    }

    public static long stateChanged(Object pooledConnection, Object state) {
        ReactorNettyTracking t = tracking;
        return t == null ? ReactorNettyTracking.NOT_RELEASED : t.stateChanged(pooledConnection, state);
    }

    public static void released(Object channel, long mark) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.released(channel, mark);
        }
    }

    public static void destroying(Object pool, Object pooledRef) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.destroying(pool, pooledRef);
        }
    }

    public static void unpooledStateChanged(Object observer, Object connection, Object state) {
        ReactorNettyTracking t = tracking;
        if (t != null) {
            t.unpooledStateChanged(observer, connection, state);
        }
    }
}
