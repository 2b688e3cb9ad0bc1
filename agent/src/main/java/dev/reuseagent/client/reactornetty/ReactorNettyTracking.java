package dev.reuseagent.client.reactornetty;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Turns Reactor Netty's pool events into tracker events. The connection is the Netty channel; the pool is the
 * reactor-pool {@code InstrumentedPool} of one {@code ConnectionProvider} and remote address (a provider per request
 * is a pool per request: {@code new-client}). The origin is taken when the request asks the pool, on the
 * application's thread, and kept by the acquire's subscriber until the pool hands out a connection on the event
 * loop. A new connection's TCP connect was reported by the {@code netty} slice (with the application line that
 * built the channel); it is claimed by channel here, so the endpoint counts it under this client.
 */
final class ReactorNettyTracking {

    static final String DISCONNECTING = "[disconnecting]";
    static final String CONFIGURED = "[configured]";
    /** {@link #stateChanged} released nothing (a mark the tracker never hands out). */
    static final long NOT_RELEASED = Long.MIN_VALUE;

    private final ConnectionTracker connections;
    private final TransportTracker transport;
    private final ObjectNames pools = new ObjectNames("reactor-netty-pool");
    /**
     * Who holds a connection, for the tracker's inference: not a thread (hand-outs run on event loops, several
     * connections per loop, and one application thread may subscribe many requests), but each hand-out its own
     * holder, negative so that it never equals a thread id. So a miss while others are busy is {@code pool-busy},
     * never a response this "thread" abandoned.
     */
    private final AtomicLong holders = new AtomicLong();
    /** The origin of each pool acquire in flight, by its subscriber ({@code DisposableAcquire}). */
    private final WeakIdentityMap<Origin> origins = new WeakIdentityMap<>();
    /** When each allocation in flight began (the pool's miss), by its initializer, then by the channel it made. */
    private final WeakIdentityMap<Long> misses = new WeakIdentityMap<>();
    /**
     * New connections whose first exchange is not done yet, by channel: announced when it is (the request released
     * the connection), so that the TLS handshake, which may end after the pool handed the channel out, is part of it.
     */
    private final WeakIdentityMap<ConnectionRecord> firstExchanges = new WeakIdentityMap<>();
    private final ReactorNettyCloseCauses causes = new ReactorNettyCloseCauses();

    ReactorNettyTracking(ConnectionTracker connections, TransportTracker transport) {
        this.connections = connections;
        this.transport = transport;
    }

    /**
     * A request asks {@code provider}'s pool (null: {@code NewConnectionProvider}): remember its origin for the
     * subscriber built next on this thread. For HTTP/2 that is {@code Http2ConnectionProvider}'s; the pool under it
     * is asked for TCP connections, not requests (and first while the request's subscriber is not built yet).
     */
    void acquireCalled(ReactorNettyThreadState state, Object provider, Object config, Object remote) {
        ReactorNettyApi api = config == null ? null : ReactorNettyApi.of(config.getClass());
        Boolean secure = api == null ? null : api.secure(config);
        boolean http2 = provider != null
                && ReactorNettyInstrumentation.H2_PROVIDER.equals(provider.getClass().getName());
        if (secure != null && !http2 && api.allowsHttp2(config)) {
            return; // the TCP pool under Http2ConnectionProvider: the request's origin stays pending
        }
        state.pendingOrigin = null;
        if (secure == null || !(remote instanceof Supplier)) {
            return; // not an HTTP client's pool (a TCP client's)
        }
        Object address = ((Supplier<?>) remote).get();
        if (address instanceof InetSocketAddress) {
            InetSocketAddress inet = (InetSocketAddress) address;
            state.pendingOrigin = Origin.of(secure ? "https" : "http", inet.getHostString(), inet.getPort());
        }
    }

    void acquireCreated(ReactorNettyThreadState state, Object acquire) {
        Origin origin = state.pendingOrigin;
        if (origin != null) {
            state.pendingOrigin = null;
            origins.put(acquire, origin);
        }
    }

    void acquireRetried(Object acquire, Object parent) {
        Origin origin = origins.get(parent);
        if (origin != null) {
            origins.put(acquire, origin);
        }
    }

    /** The pool had no connection to give and allocates one. */
    void allocating(Object initializer) {
        misses.put(initializer, System.nanoTime());
    }

    /** The allocation's channel, before its connect: it inherits the miss time. */
    void allocated(Object initializer, Object channel) {
        Long miss = misses.remove(initializer);
        if (miss != null && channel != null) {
            misses.put(channel, miss);
        }
    }

    /** The pool handed out a connection for one request: new (first hand-out) or reused. */
    void handedOut(Object acquire, Object pooledRef, Object pool) {
        Origin origin = origins.get(acquire);
        if (origin == null || pooledRef == null) {
            return;
        }
        ReactorNettyApi api = ReactorNettyApi.of(pooledRef.getClass());
        Object channel = api.channel(api.poolable(pooledRef));
        if (!api.isActive(channel)) {
            // closed while idle in the pool: Reactor Netty drops it and acquires again (the retried subscriber)
            causes.decided(channel, CloseCause.STALE);
            return;
        }
        origins.remove(acquire);
        long holder = holders.decrementAndGet();
        if (api.acquireCount(pooledRef) <= 1) {
            opened(api, channel, origin, pool, pool, holder);
            return; // its first exchange is counted when it is done
        }
        causes.handedOut(channel);
        ConnectionRecord record = connections.taken(channel, holder);
        if (record == null) {
            record = connections.adopt(channel, ReactorNettySlice.NAME, origin, pools.nameOf(pool), holder);
        }
        if (record != null) {
            connections.exchangeDone(record, true);
        }
    }

    /**
     * The HTTP/2 pool gave a request a place on a connection, for one stream: the connection's first stream is its
     * new connection, every later one a reuse. Multiplexed: the connection is open to the next stream at once.
     */
    void streamAcquired(Object acquire, Object pooledRef, Object pool) {
        Origin origin = origins.get(acquire);
        ReactorNettyApi api = pooledRef == null ? null : ReactorNettyApi.of(pooledRef.getClass());
        Object channel = api == null ? null : api.channel(api.poolable(pooledRef));
        if (origin == null || channel == null || !api.isActive(channel)) {
            return;
        }
        long holder = holders.decrementAndGet();
        ConnectionRecord record = connections.taken(channel, holder);
        if (record == null && opened(api, channel, origin, pool, pool, holder) != null) {
            firstExchangeDone(channel, true); // its TLS handshake (ALPN chose h2) is done by now
        } else if (record != null) {
            connections.exchangeDone(record, true);
        }
        connections.returned(channel);
    }

    /** A new connection: {@code pool} names its pool, {@code disposable} (or null) tells when that was disposed. */
    private ConnectionRecord opened(ReactorNettyApi api, Object channel, Origin origin, Object pool,
            Object disposable, long holder) {
        TransportConnect connect = transport.claim(channel);
        long connectNanos = connect == null ? 0 : connect.connectNanos();
        String site = connect == null ? null : connect.site();
        Long miss = misses.remove(channel);
        long missNanos = miss != null ? miss : System.nanoTime() - connectNanos;
        ConnectionRecord record = connections.opened(channel, ReactorNettySlice.NAME, origin, pools.nameOf(pool),
                missNanos, connectNanos, site, holder);
        if (connect != null) {
            if (record != null) {
                transport.attribute(connect, record);
            } else {
                transport.attributeFailed(connect, ReactorNettySlice.NAME);
            }
        }
        if (record != null) {
            firstExchanges.put(channel, record);
            causes.opened(channel);
            api.onClose(channel, new ChannelClosed(this, channel, disposable));
        }
        return record;
    }

    /**
     * A pooled connection's state changed: at {@code [disconnecting]} its request is done, and Reactor Netty releases
     * it to the pool before {@code onStateChange} returns ({@link #released}): the tracker's mark of that release.
     */
    long stateChanged(Object pooledConnection, Object state) {
        if (!DISCONNECTING.equals(String.valueOf(state))) {
            return NOT_RELEASED;
        }
        ReactorNettyApi api = ReactorNettyApi.of(pooledConnection.getClass());
        Object channel = api.channel(pooledConnection);
        firstExchangeDone(channel, true);
        if (connections.find(channel) == null || !api.isActive(channel)) {
            return NOT_RELEASED; // not tracked, or already closed: the close listener reports it
        }
        if (!api.isPersistent(pooledConnection)) {
            // the response was not keep-alive (Connection: close, HTTP/1.0): Reactor Netty closes the channel now
            causes.decided(channel, CloseCause.SERVER_CLOSED);
            return NOT_RELEASED;
        }
        causes.released(channel);
        return connections.returning(channel);
    }

    /** The release {@link #stateChanged} marked is done: idle now, unless the pool gave it to another request. */
    void released(Object channel, long mark) {
        if (mark != NOT_RELEASED) {
            connections.returned(channel, mark);
        }
    }

    /** reactor-pool destroys a pooled connection ({@code pooledRef} of {@code pool}), before it closes it. */
    void destroying(Object pool, Object pooledRef) {
        causes.destroying(pool, pooledRef);
    }

    /**
     * A connection of {@code HttpClient.newConnection()} (no pool: the observer of each connection stands for its
     * pool) is ready for its one request, or done with it (the provider then closes it: {@code app-closed}).
     */
    void unpooledStateChanged(Object observer, Object connection, Object newState) {
        String name = String.valueOf(newState);
        if (CONFIGURED.equals(name)) {
            Origin origin = origins.remove(observer);
            if (origin != null) {
                ReactorNettyApi api = ReactorNettyApi.of(connection.getClass());
                opened(api, api.channel(connection), origin, observer, null, holders.decrementAndGet());
            }
        } else if (DISCONNECTING.equals(name)) {
            Object channel = ReactorNettyApi.of(connection.getClass()).channel(connection);
            firstExchangeDone(channel, true);
            causes.decided(channel, CloseCause.APP_CLOSED);
        }
    }

    /** A new connection's first exchange ended ({@code success}: its request was done, else the channel closed). */
    private void firstExchangeDone(Object channel, boolean success) {
        ConnectionRecord first = firstExchanges.remove(channel);
        if (first != null) {
            connections.exchangeDone(first, success);
        }
    }

    /** The channel of a tracked connection closed. */
    void channelClosed(ChannelClosed closed) {
        firstExchangeDone(closed.channel, false);
        connections.closed(closed.channel, causes.closed(closed.channel, closed.pool));
    }
}
