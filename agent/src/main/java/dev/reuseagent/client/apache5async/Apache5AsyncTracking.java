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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns the Apache HttpClient 5.x async hooks into connection-tracker events. The connection is the
 * {@code DefaultManagedAsyncClientConnection} (one per physical connection, HTTP/1.1 or HTTP/2); the pool is the
 * {@code PoolingAsyncClientConnectionManager}.
 *
 * <p>A request leases a pool entry on the thread that called {@code execute}. An entry with a connection is
 * activated (reused); one without is connected by the manager: its origin, pool, miss time and the application's
 * line are kept by pool entry, as the TCP connect and the TLS handshake happen later, on an I/O reactor thread; the
 * first request on the entry then finds the new connection, whose connect is claimed by its SocketChannel. Each request
 * handed to the connection is one exchange (on HTTP/2 one stream: every request after the first is reused). A
 * connect made off the application's thread (a lease that waited for the pool) takes the line of that manager's
 * previous new connection.
 */
public final class Apache5AsyncTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final ObjectNames poolNames = new ObjectNames(Apache5AsyncSlice.NAME + " pool");
    /** New connections being made, by pool entry, until the first request on the entry's connection. */
    private final WeakIdentityMap<PendingOpen> pending = new WeakIdentityMap<>();
    /** How many {@link #pending} holds (a connect that failed leaves one until its entry is collected). */
    private final AtomicInteger pendingCount = new AtomicInteger();
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
        Object current = entry == null ? null : Apache5AsyncInternals.connection(entry);
        if (entry == null || current != null && Apache5AsyncInternals.isOpen(current)) {
            return; // connect() returns at once: the endpoint is connected
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
        if (pending.get(entry) == null) {
            pendingCount.incrementAndGet();
        }
        pending.put(entry, new PendingOpen(origin, poolNames.nameOf(manager), missNanos, site,
                TransportThreadState.current().threadId));
    }

    /**
     * A request goes out on this pool entry (on the I/O thread that completed its connect, for a new connection): if
     * this slice saw the entry being connected, its connection is new; its TCP connect is claimed by channel.
     */
    public void executing(Object entry) {
        if (pendingCount.get() == 0 || entry == null) {
            return; // the ordinary reuse path: no connect in progress anywhere
        }
        PendingOpen p = pending.remove(entry);
        if (p == null) {
            return;
        }
        pendingCount.decrementAndGet();
        Object connection = Apache5AsyncInternals.connection(entry);
        if (connection == null) {
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
