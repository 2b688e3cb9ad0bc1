package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.apache.ApacheCallers;
import dev.reuseagent.client.apache.ApacheRoutes;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportThreadState;
import dev.reuseagent.transport.TransportTracker;

import java.lang.ref.WeakReference;

/**
 * Turns the Apache HttpClient 5.x async hooks into connection-tracker events. The connection is the
 * {@code DefaultManagedAsyncClientConnection} (one per physical connection, HTTP/1.1 or HTTP/2); the pool is the
 * {@code PoolingAsyncClientConnectionManager}.
 *
 * <p>A request leases a pool entry on the thread that called {@code execute}. An entry with a connection is
 * activated (reused); one without is connected by the manager: its origin, pool, miss time and the application's
 * line are kept by pool entry, as the TCP connect, the TLS handshake and the assignment of the new connection to the
 * entry happen later, on an I/O reactor thread, where the connect is claimed by its SocketChannel. Each request
 * handed to the connection is one exchange (on HTTP/2 one stream: every request after the first is reused). A
 * connect made off the application's thread (a lease that waited for the pool) takes the line of that manager's
 * previous new connection.
 */
public final class Apache5AsyncTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final ObjectNames poolNames = new ObjectNames(Apache5AsyncSlice.NAME + " pool");
    /** New connections being made, by pool entry, until the entry gets its connection. */
    private final WeakIdentityMap<PendingOpen> pending = new WeakIdentityMap<>();
    /** By manager: the application line of its last new connection made on the application's thread. */
    private final WeakIdentityMap<String> lastSites = new WeakIdentityMap<>();
    /** By connection: its pool entry (weakly: the entry holds the connection), whose expiry a close may need. */
    private final WeakIdentityMap<WeakReference<Object>> entries = new WeakIdentityMap<>();

    public Apache5AsyncTracking(ConnectionTracker tracker, TransportTracker transport) {
        this.tracker = tracker;
        this.transport = transport;
    }

    /** The manager connects {@code endpoint}: if its pool entry has no open connection, a new one is coming. */
    public void connecting(Object manager, Object endpoint) {
        Object entry = Apache5AsyncInternals.poolEntry(endpoint);
        if (entry == null || Apache5AsyncInternals.hasOpenConnection(entry)) {
            return;
        }
        long missNanos = System.nanoTime();
        Origin origin = ApacheRoutes.origin(Apache5AsyncInternals.route(entry));
        if (!tracker.tracks(origin)) {
            return;
        }
        String site = transport.site();
        if (site != null) {
            lastSites.put(manager, site);
        } else {
            site = lastSites.get(manager);
        }
        pending.put(entry, new PendingOpen(origin, poolNames.nameOf(manager), missNanos, site,
                TransportThreadState.current().threadId));
    }

    /** The pool entry got its connection: if this slice saw it being made, it is a new connection. */
    public void assigned(Object entry, Object connection) {
        PendingOpen p = pending.remove(entry);
        if (p == null || connection == null) {
            return;
        }
        TransportConnect connect = transport.claim(Apache5AsyncInternals.channel(connection));
        ConnectionRecord record = tracker.opened(connection, Apache5AsyncSlice.NAME, p.origin(), p.poolId(),
                p.missNanos(), connect == null ? 0 : connect.connectNanos(), p.site(), p.thread());
        if (connect != null && record != null) {
            transport.attribute(connect, record);
        }
        if (record != null) {
            entries.put(connection, new WeakReference<>(entry));
        }
    }

    /** Leased again from the pool. */
    public void activated(Object connection) {
        tracker.taken(connection, TransportThreadState.current().threadId);
    }

    /** Released to the pool, idle. */
    public void passivated(Object connection) {
        tracker.returned(connection);
    }

    /** A request (an HTTP/2 stream) was handed to the connection. */
    public void requestSubmitted(Object connection) {
        ConnectionRecord record = tracker.find(connection);
        if (record != null) {
            tracker.exchangeDone(record, true);
        }
    }

    /** The connection is closing; its cause read from who closed it, and whether it was still open. */
    public void closing(Object connection, String mode) {
        if (tracker.find(connection) == null) {
            return;
        }
        WeakReference<Object> entry = entries.remove(connection);
        tracker.closed(connection, Apache5AsyncCloseCauses.classify(ApacheCallers.nearest(),
                Apache5AsyncInternals.isOpen(connection), entry != null && Apache5AsyncInternals.expired(entry.get())));
    }

    /** A new connection's origin, pool, miss, site and thread, kept until the pool entry gets it. */
    private record PendingOpen(Origin origin, String poolId, long missNanos, String site, long thread) {
    }
}
