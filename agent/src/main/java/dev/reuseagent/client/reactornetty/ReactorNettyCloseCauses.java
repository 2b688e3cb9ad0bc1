package dev.reuseagent.client.reactornetty;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.track.WeakIdentityMap;

/**
 * Why a tracked Reactor Netty channel closed. A cause the slice saw decided before the close (a response that was not
 * keep-alive, the provider of {@code HttpClient.newConnection()} closing its connection) is recorded by channel and
 * taken when the close listener runs. For an HTTP/1.1 connection idle in its pool there are two more:
 * <ul>
 * <li>the pool closes it itself: reactor-pool's {@code AbstractPool#destroyPoolable} on a channel that is still
 *     open. Reactor Netty invalidates only channels already closed, so an open one is the pool's own decision:
 *     {@code app-closed} when the pool was disposed, otherwise its eviction predicate found it expired:
 *     {@code maxIdleTime}, {@code maxLifeTime} (the contract has no cause of its own for a lifetime: an expiry in
 *     the pool, {@code idle-timeout}) or an eviction predicate of the application's, all {@code idle-timeout};</li>
 * <li>the channel closes while idle and nobody had decided so: the server (or the network) closed it, and the pool
 *     drops it at the next acquire and opens another: {@code stale}, as the Apache clients report it.</li>
 * </ul>
 * What the slice cannot tell stays {@code unknown}: a close while the connection is busy with no cause recorded, and
 * the HTTP/2 connections' closes other than a disposed provider's.
 */
final class ReactorNettyCloseCauses {

    /** Why a channel is being closed, when the slice saw it decided before the close ends. */
    private final WeakIdentityMap<CloseCause> decided = new WeakIdentityMap<>();
    /**
     * Whether each tracked channel is idle in its pool (an HTTP/1.1 connection released, not handed out again since):
     * one flag per connection, put when it opens, so that a release or a hand-out writes no map.
     */
    private final WeakIdentityMap<IdleFlag> idle = new WeakIdentityMap<>();

    /** A tracked connection opened on {@code channel}. */
    void opened(Object channel) {
        idle.put(channel, new IdleFlag());
    }

    /** {@code channel} will close for {@code cause}. */
    void decided(Object channel, CloseCause cause) {
        decided.put(channel, cause);
    }

    /** {@code channel} went back to its pool, idle. */
    void released(Object channel) {
        mark(channel, true);
    }

    /** The pool handed {@code channel} out again. */
    void handedOut(Object channel) {
        mark(channel, false);
    }

    private void mark(Object channel, boolean isIdle) {
        IdleFlag flag = idle.get(channel);
        if (flag != null) {
            flag.idle = isIdle;
        }
    }

    private boolean isIdle(Object channel) {
        IdleFlag flag = idle.get(channel);
        return flag != null && flag.idle;
    }

    /** The pool destroys {@code pooledRef}'s connection: when it is idle and still open, the pool closes it. */
    void destroying(Object pool, Object pooledRef) {
        ReactorNettyApi api = ReactorNettyApi.of(pool.getClass());
        Object channel = api.channelOf(api.poolable(pooledRef));
        if (channel != null && isIdle(channel) && api.isActive(channel)) {
            decided.put(channel, destroyedOpen(api.isDisposed(pool)));
        }
    }

    /** The cause of a tracked channel's close; {@code pool} (or null) tells whether its pool was disposed. */
    CloseCause closed(Object channel, Object pool) {
        IdleFlag flag = idle.remove(channel);
        boolean wasIdle = flag != null && flag.idle;
        CloseCause cause = decided.remove(channel);
        if (cause != null) {
            return cause;
        }
        return closedUndecided(pool != null && ReactorNettyApi.of(pool.getClass()).isDisposed(pool), wasIdle);
    }

    /** The pool destroys an idle connection whose channel is still open: it closes it itself. */
    static CloseCause destroyedOpen(boolean poolDisposed) {
        return poolDisposed ? CloseCause.APP_CLOSED : CloseCause.IDLE_TIMEOUT;
    }

    /** A channel closed without a cause decided before: the pool's disposal, else the peer's doing if it was idle. */
    static CloseCause closedUndecided(boolean poolDisposed, boolean wasIdle) {
        if (poolDisposed) {
            return CloseCause.APP_CLOSED;
        }
        return wasIdle ? CloseCause.STALE : CloseCause.UNKNOWN;
    }

    /** Set on the event loop that releases or hands out the connection, read where the pool destroys it. */
    private static final class IdleFlag {
        volatile boolean idle;
    }
}
