package dev.reuseagent.client.jetty;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import javax.net.ssl.SSLException;

/**
 * Turns the Jetty hooks into tracker events. The key of a connection is the object Jetty pools (its
 * {@code HttpConnectionOverHTTP}), the pool is the destination's {@code ConnectionPool} (one per origin and
 * {@code HttpClient}: a client per request is a pool per request). A new connection is asked for where the pool
 * misses, on the application's thread inside {@code send}: the site and the miss are remembered there, by the
 * pool's promise, until the connection exists on a selector thread, where its TCP connect is claimed by its channel;
 * it becomes a new connection when an exchange first takes it.
 */
final class JettyTracking {

    private static final int MAX_CAUSES = 8;

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final JettyApi api;
    private final ObjectNames pools = new ObjectNames("jetty-pool");
    /** What was known when the pool asked for a connection, by its promise, until the connection exists. */
    private final WeakIdentityMap<Requested> requested = new WeakIdentityMap<>();
    /** The same, from when the connection exists until an exchange first takes it, by connection. */
    private final WeakIdentityMap<Requested> created = new WeakIdentityMap<>();
    /** The last application line that asked a destination for a connection, by destination. */
    private final WeakIdentityMap<String> lastSites = new WeakIdentityMap<>();
    /**
     * TLS connections whose first exchange had not ended, nor their handshake, when they left the pool (a failed
     * handshake may close the connection before its exchange ends): their close cause, until that exchange ends.
     */
    private final WeakIdentityMap<CloseCause> removedBeforeFirstExchange = new WeakIdentityMap<>();

    JettyTracking(ConnectionTracker tracker, TransportTracker transport, JettyApi api) {
        this.tracker = tracker;
        this.transport = transport;
        this.api = api;
    }

    /**
     * The pool of {@code destination} asked for a new connection. On the application's thread (inside
     * {@code send}) its line is on the stack; when Jetty asks on one of its own threads (for requests queued
     * meanwhile) the destination's last known line stands in.
     */
    void connectionRequested(JettyThreadState s, Object destination, Object promise) {
        long missNanos = System.nanoTime();
        Origin origin = api.origin(destination);
        if (!tracker.tracks(origin)) {
            return;
        }
        String site = transport.site();
        if (site != null) {
            lastSites.put(destination, site);
        } else {
            site = lastSites.get(destination);
        }
        requested.put(promise, new Requested(origin, site, missNanos, s.thread.threadId));
    }

    /**
     * The connection asked for with {@code promise} exists and enters {@code pool}, idle. It is opened in the tracker
     * when an exchange first takes it: Jetty may open one that nothing then uses (HTTP/2 under concurrent demand,
     * before the server's SETTINGS raise its stream limit), whose connect is then discarded, not a new connection.
     */
    void connectionCreated(Object promise, Object pool, Object connection) {
        Requested r = requested.remove(promise);
        if (r == null) {
            return;
        }
        r.pool = pool;
        r.connect = transport.claim(api.socketChannel(connection));
        created.put(connection, r);
    }

    /**
     * An HTTP/1.1 connection was built on its end point. Over TLS, Jetty's engine handshakes on another thread than
     * the connect: naming the engine's channel lets the transport layer count the handshake on this connect.
     */
    void connectionBuilt(Object connection) {
        Object engine = api.sslEngine(connection);
        if (engine != null) {
            transport.engines().onChannel(engine, api.socketChannel(connection));
        }
    }

    /** An exchange takes the connection; a record only on its first use, so the reused path pays no extra look-up. */
    void acquired(JettyThreadState s, Object connection) {
        if (tracker.taken(connection, s.thread.threadId) != null) {
            return;
        }
        Requested r = created.remove(connection);
        if (r == null) {
            return;
        }
        TransportConnect connect = r.connect;
        ConnectionRecord record = tracker.opened(connection, JettySlice.NAME, r.origin, pools.nameOf(r.pool),
                r.missNanos, connect == null ? 0 : connect.connectNanos(), r.site, r.thread);
        if (connect != null) {
            transport.attribute(connect, record);
        }
        tracker.taken(connection, s.thread.threadId);
    }

    long releasing(Object connection) {
        return tracker.returning(connection);
    }

    void released(Object connection, long mark) {
        tracker.returned(connection, mark);
    }

    /**
     * An exchange on {@code connection} ended with {@code result}: a request, as the server received it. Except when
     * it is the connection's first and failed on TLS before the handshake finished: Jetty hands a TLS connection to
     * its first exchange before the handshake, which runs as that exchange writes, so a handshake that fails (an
     * untrusted certificate) ends the exchange; that is a failed connection, as the other clients report it, and no
     * request reached the server.
     */
    void exchangeEnding(JettyThreadState s, Object connection, Object result) {
        s.endingConnection = connection;
        s.endingResult = result;
        ConnectionRecord c = tracker.find(connection);
        if (c == null) {
            return;
        }
        Throwable tls = c.uses() == 0 && c.tls() == null ? tlsFailure(api.failure(result)) : null;
        if (tls != null) {
            tracker.failedConnections().failed(connection, tls);
        } else {
            tracker.exchangeDone(c, api.responded(result));
        }
        CloseCause removed = removedBeforeFirstExchange.remove(connection);
        if (removed != null && tracker.find(connection) != null) {
            tracker.closed(connection, removed);
        }
    }

    /** The {@code SSLException} in {@code thrown}'s causes (a few deep), or null. */
    private static Throwable tlsFailure(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof SSLException) {
                return t;
            }
        }
        return null;
    }

    static void exchangeEnded(JettyThreadState s, Object connection) {
        if (s.endingConnection == connection) {
            s.endingConnection = null;
            s.endingResult = null;
        }
    }

    /**
     * The connection left its pool: why is known by the hooked call this happens in, else by who removed it. A TLS
     * connection whose handshake and first exchange had not ended yet is closed when that exchange ends, which says
     * whether it was a failed handshake (then a failed connection, not a closed one).
     */
    void removed(JettyThreadState s, Object connection) {
        ConnectionRecord c = tracker.find(connection);
        if (c == null) {
            Requested unused = created.remove(connection);
            if (unused != null && unused.connect != null) {
                transport.discarded(unused.connect); // Jetty's connect, never used: not a new connection
            }
            return;
        }
        CloseCause cause = cause(s, connection);
        if (c.uses() == 0 && c.tls() == null && api.sslEngine(connection) != null) {
            removedBeforeFirstExchange.put(connection, cause); // a failed handshake? its exchange will tell
            return;
        }
        tracker.closed(connection, cause);
    }

    private CloseCause cause(JettyThreadState s, Object connection) {
        if (s.idleExpiring == connection) {
            return CloseCause.IDLE_TIMEOUT;
        }
        if (s.endingConnection == connection && s.endingResult != null) {
            Object result = s.endingResult;
            if (api.failed(result)) {
                return CloseCause.FAILED;
            }
            if (JettyCloseCauses.byPoolLimit(JettyCloseCauses.callers())) {
                return CloseCause.UNKNOWN; // released over its maxUsage or maxDuration
            }
            // Jetty closes after an exchange for Connection: close (either side), HTTP/1.0, or a shut down stream
            return api.requestAsksClose(result) ? CloseCause.APP_CLOSED : CloseCause.SERVER_CLOSED;
        }
        return JettyCloseCauses.of(JettyCloseCauses.callers());
    }

    private static final class Requested {
        final Origin origin;
        final String site;
        final long missNanos;
        final long thread;
        /** Set when the connection exists: its pool, and its TCP connect claimed from the transport layer. */
        Object pool;
        TransportConnect connect;

        Requested(Origin origin, String site, long missNanos, long thread) {
            this.origin = origin;
            this.site = site;
            this.missNanos = missNanos;
            this.thread = thread;
        }
    }
}
