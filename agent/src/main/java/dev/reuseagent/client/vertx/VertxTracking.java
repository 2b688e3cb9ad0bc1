package dev.reuseagent.client.vertx;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns Vert.x's HTTP/1.x connection events into tracker events. The key is Vert.x's connection object
 * ({@code Http1xClientConnection}); its pool is named after the {@code HttpClientImpl} that owns it (Vert.x keeps one
 * pool per client and endpoint, so a WebClient, HttpClient or Vertx per request is {@code new-client}). A new
 * connection is built on the event loop after its connect, which the {@code netty} slice reported with the
 * application line carried from the thread that sent the request; it is claimed here by channel, so the endpoint
 * counts it under this client. Each request is one lease of a connection ({@code createStream}); the stream's end
 * hands it back to the pool.
 */
final class VertxTracking {

    /** Vert.x's keep-alive timeout is whole seconds, so no idle connection expires sooner. */
    static final long SHORTEST_KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ConnectionTracker connections;
    private final TransportTracker transport;
    private final ObjectNames pools = new ObjectNames("vertx-client");
    /**
     * Who holds a connection, for the tracker's inference: not a thread (leases run on event loops, several
     * connections per loop, and one application thread may send many requests at once), but each lease its own
     * holder, negative so that it never equals a thread id: a miss while others are busy is {@code pool-busy}.
     */
    private final AtomicLong holders = new AtomicLong();
    /** Clients the application is closing: their connections close next, {@code app-closed}. */
    private final WeakIdentityMap<Boolean> closingClients = new WeakIdentityMap<>();
    /** The client of each HTTP/2 connection, for its close (a server's connections share the hooked base class). */
    private final WeakIdentityMap<Object> h2Clients = new WeakIdentityMap<>();
    /** New connections not opened in the tracker yet, their connect not reported yet when they were built. */
    private final WeakIdentityMap<PendingConnection> pending = new WeakIdentityMap<>();

    VertxTracking(ConnectionTracker connections, TransportTracker transport) {
        this.connections = connections;
        this.transport = transport;
        connections.idleExpiresAfterAtLeast(VertxSlice.NAME, SHORTEST_KEEP_ALIVE_NANOS);
    }

    /**
     * A new connection was built for {@code client}'s pool: opened now if its connect can be claimed (over TLS, the
     * handshake came first), else when its first request ends ({@link PendingConnection}).
     */
    void connectionBuilt(Object connection, Object client, Object chctx, boolean ssl, Object server,
            Object authority) {
        VertxApi api = VertxApi.of(connection.getClass());
        Origin origin = api.origin(ssl, authority, server);
        if (origin != null && client != null) {
            built(connection, client, origin, api.channel(chctx));
        }
    }

    /** {@link #connectionBuilt} with the origin and the Netty channel read. */
    void built(Object connection, Object client, Origin origin, Object channel) {
        TransportConnect connect = transport.claim(channel);
        long now = System.nanoTime();
        if (connect == null) {
            pending.put(connection, new PendingConnection(origin, pools.nameOf(client), channel, now));
        } else {
            open(connection, origin, pools.nameOf(client), connect, now, holders.decrementAndGet());
        }
    }

    /**
     * Opens the connection in the tracker. The pool's miss is taken as the start of its connect: Vert.x builds the
     * connection ({@code builtNanos}) after the connect and any TLS handshake, and its pool asked for it just before.
     */
    private ConnectionRecord open(Object connection, Origin origin, String poolId, TransportConnect connect,
            long builtNanos, long holder) {
        long connectNanos = connect == null ? 0 : connect.connectNanos();
        String site = connect == null ? null : connect.site();
        ConnectionRecord record = connections.opened(connection, VertxSlice.NAME, origin, poolId,
                builtNanos - connectNanos, connectNanos, site, holder);
        if (connect != null) {
            if (record != null) {
                transport.attribute(connect, record);
            } else {
                transport.attributeFailed(connect, VertxSlice.NAME);
            }
        }
        return record;
    }

    /**
     * A request was leased this connection: its first request makes the new connection, every later one is a
     * reuse.
     */
    void streamCreated(Object connection) {
        PendingConnection p = pending.get(connection);
        if (p != null) {
            p.streams++; // counted when it ends, once the connection is opened
            return;
        }
        ConnectionRecord record = connections.taken(connection, holders.decrementAndGet());
        if (record != null) {
            connections.exchangeDone(record, true);
        }
    }

    /**
     * The request's stream is done, or failed ({@code error}); either way its close handler hands the lease back to
     * the pool next (a connection that failed under it closes, and leaves the pool, on its own).
     */
    void streamClosed(Object connection, Throwable error) {
        if (connection == null) {
            return;
        }
        openPending(connection, error == null);
        connections.returned(connection);
    }

    /** A pending connection's first request ended (or it closed): opened now, with the requests it carried. */
    private void openPending(Object connection, boolean success) {
        PendingConnection p = pending.get(connection) == null ? null : pending.remove(connection); // get: no lock
        if (p == null) {
            return;
        }
        ConnectionRecord record = open(connection, p.origin, p.poolId, transport.claim(p.channel), p.builtNanos,
                holders.decrementAndGet());
        for (int i = 0; record != null && i < p.streams; i++) {
            connections.exchangeDone(record, success);
        }
    }

    /** A new HTTP/2 connection: its authority names the origin, its TLS the scheme. */
    void h2ConnectionBuilt(Object connection, Object client, Object authority) {
        VertxApi api = VertxApi.of(connection.getClass());
        Origin origin = api.origin(api.isSsl(connection), authority, null);
        if (origin != null && client != null) {
            h2Clients.put(connection, client);
            built(connection, client, origin, api.connectionChannel(connection));
        }
    }

    /**
     * A request got a stream on an HTTP/2 connection: one connection, many streams at once, each a request counted
     * when it opens (the connection's first is its new connection, every later one a reuse), the connection open to
     * the next at once. A connection still pending is opened at the first stream that finds its connect reported.
     */
    void h2StreamCreated(Object connection) {
        PendingConnection p = pending.get(connection);
        if (p != null) {
            p.streams++;
            if (transport.claimable(p.channel)) {
                openPending(connection, true);
                connections.returned(connection);
            }
            return;
        }
        ConnectionRecord record = connections.taken(connection, holders.decrementAndGet());
        if (record != null) {
            connections.exchangeDone(record, true);
            connections.returned(connection);
        }
    }

    /** An HTTP/2 connection closed: {@code app-closed} when its client is being closed, else {@code unknown}. */
    void h2ConnectionClosed(Object connection) {
        Object client = h2Clients.get(connection);
        if (client == null) {
            return; // a server's connection, or one not tracked
        }
        h2Clients.remove(connection);
        openPending(connection, true);
        connections.closed(connection, closingClients.get(client) != null ? CloseCause.APP_CLOSED : CloseCause.UNKNOWN);
    }

    void clientClosing(Object client) {
        closingClients.put(client, Boolean.TRUE);
    }

    /**
     * The connection's channel closed: after a response (or request) that said {@code Connection: close}, when
     * the application closed its client, when the pool's cleaner evicted it past its keep-alive timeout, or for a
     * reason the slice cannot see (the server closed it while idle, a network error).
     */
    void connectionClosed(Object connection, Object client, boolean wantClose, long expiresAtMillis) {
        CloseCause cause;
        if (wantClose) {
            cause = CloseCause.SERVER_CLOSED;
        } else if (client != null && closingClients.get(client) != null) {
            cause = CloseCause.APP_CLOSED;
        } else if (System.currentTimeMillis() > expiresAtMillis) {
            cause = CloseCause.IDLE_TIMEOUT;
        } else {
            cause = CloseCause.UNKNOWN;
        }
        openPending(connection, false);
        connections.closed(connection, cause);
    }
}
