package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

import javax.net.ssl.SSLSession;

/**
 * Turns the java.net.http.HttpClient (HTTP/1.1 and HTTP/2) hooks into connection-tracker events.
 *
 * <p>The client asks for a connection on the thread that runs the request (the caller for a synchronous
 * {@code send}, a worker for {@code sendAsync}), but its TCP connect finishes on the client's selector thread and
 * TLS runs later on a worker. So a new connection is only remembered where it is chosen ({@link PendingOpen}: origin,
 * pool, miss time, site, channel) and registered at its first response head, wherever that runs; its TCP connect
 * is claimed from the transport layer by channel. A connect that fails, or a connection that never gets a response,
 * leaves no record. Every response head is one exchange: on a connection with none before it is the new one,
 * otherwise reused; HTTP/2 streams multiplexed on one connection are therefore reused exchanges.
 */
public final class JdkHttpTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    /** What a failed synchronous send tells about its connection. */
    final JdkHttpFailures failures;
    private final boolean attached;
    /** Per HttpClientImpl: its pool id and the line that built it. */
    private final WeakIdentityMap<ClientInfo> clients = new WeakIdentityMap<>();
    /** New connections chosen but not yet used, by connection object. */
    private final WeakIdentityMap<PendingOpen> pending = new WeakIdentityMap<>();
    /** The TLS connection each plain connection is the transport of (a TLS connection closes through it). */
    private final WeakIdentityMap<Object> outerOfPlain = new WeakIdentityMap<>();
    /** The pending opening each new TLS connection's SSLEngine belongs to, until its handshake ends. */
    private final WeakIdentityMap<PendingOpen> engines = new WeakIdentityMap<>();

    public JdkHttpTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        this.tracker = tracker;
        this.transport = transport;
        this.failures = new JdkHttpFailures(tracker, transport);
        this.attached = attached;
    }

    /** Who built a client: its pool id (one pool per client) and, for new connections made off the caller's thread, its line. */
    private record ClientInfo(String poolId, String site) {
    }

    /** A new connection between the moment it was chosen and its first response head. */
    static final class PendingOpen {
        final Origin origin;
        final String poolId;
        final long missNanos;
        final String site;
        final Object channel;
        final long thread;
        ConnectionRecord record;
        /** Its TLS handshake (SSLEngine, on a worker thread): started when (both clocks), and how it ended. */
        long tlsStartNanos;
        long tlsStartMillis;
        boolean tlsDone;
        boolean tlsResumed;
        long tlsNanos;

        PendingOpen(Origin origin, String poolId, long missNanos, String site, Object channel, long thread) {
            this.origin = origin;
            this.poolId = poolId;
            this.missNanos = missNanos;
            this.site = site;
            this.channel = channel;
            this.thread = thread;
        }
    }

    /** A client was built, on the application's thread: one stack walk per client, never per request. */
    public void clientCreated(Object client, long id) {
        clients.put(client, new ClientInfo("jdkhttp client#" + id, transport.site()));
    }

    /** The HTTP/1.1 pool's answer to the lookup that {@link #connectionChosen} is about to conclude. */
    public void poolLookedUp(JdkHttpThreadState s, Object pooled) {
        s.pooled = pooled;
    }

    /** A plain connection (and its channel) was constructed, possibly as the transport of a TLS one. */
    public void plainCreated(JdkHttpThreadState s, Object plain, Object channel) {
        s.plain = plain;
        s.channel = channel;
        transport.unknowns().expectClaim(channel); // claimed at the first response: not an unknown connect
    }

    /**
     * {@code HttpConnection#getConnection} returned the connection the request will use: the pool's (reused), or
     * a new one. A pooled candidate that was not used was dead ({@code stale}).
     */
    public void connectionChosen(JdkHttpThreadState s, Object connection, Object client, Object request)
            throws ReflectiveOperationException {
        Object pooled = s.pooled;
        Object plain = s.plain;
        Object channel = s.channel;
        Object engine = s.engine;
        s.pooled = null;
        s.plain = null;
        s.channel = null;
        s.engine = null;
        if (connection == null) {
            return; // it threw
        }
        if (connection == pooled) {
            s.lastRecord = tracker.taken(connection, s.thread.threadId);
            s.lastPending = null;
            return;
        }
        long missNanos = System.nanoTime();
        if (pooled != null) {
            tracker.closed(pooled, CloseCause.STALE);
        }
        Origin origin = JdkHttpRequests.origin(request);
        if (origin == null || !tracker.tracks(origin)) {
            return;
        }
        ClientInfo info = clients.get(client);
        String site = transport.site(); // null off the application's threads (sendAsync, retries)
        if (site == null && info != null) {
            site = info.site();
        }
        if (plain != null && plain != connection) {
            outerOfPlain.put(plain, connection);
        }
        PendingOpen p = new PendingOpen(origin, info == null ? "jdkhttp" : info.poolId(), missNanos, site,
                plain == null ? null : channel, s.thread.threadId);
        pending.put(connection, p);
        if (engine != null) {
            engines.put(engine, p);
        }
        s.lastRecord = null;
        s.lastPending = p;
    }

    /** A response head arrived on {@code connection}: one exchange (the first registers it); its record, or null. */
    public ConnectionRecord exchangeDone(JdkHttpThreadState s, Object connection, Object request)
            throws ReflectiveOperationException {
        ConnectionRecord record = tracker.find(connection); // reused: one lookup
        if (record == null) {
            record = opened(connection);
        }
        if (record == null && attached) {
            Origin origin = JdkHttpRequests.origin(request);
            record = origin == null ? null : tracker.adopt(connection, JdkHttpSlice.NAME, origin, "jdkhttp",
                    s.thread.threadId);
        }
        if (record != null) {
            tracker.exchangeDone(record, true);
        }
        return record;
    }

    /**
     * Registers a pending connection exactly once, even when several HTTP/2 streams' heads arrive on it at the
     * same time: the others wait on it and get the same record. One that found no record and then no pending
     * opening lost the race to the registering stream (which registers before it removes the pending opening):
     * the record is there by now.
     */
    private ConnectionRecord opened(Object connection) {
        PendingOpen p = pending.get(connection);
        if (p == null) {
            return tracker.find(connection);
        }
        synchronized (p) {
            if (p.record == null) {
                TransportConnect connect = transport.claim(p.channel);
                if (connect != null && p.tlsDone) {
                    transport.handshakeOf(connect, p.tlsResumed, p.tlsNanos);
                }
                p.record = tracker.opened(connection, JdkHttpSlice.NAME, p.origin, p.poolId, p.missNanos,
                        connect == null ? 0 : connect.connectNanos(), p.site, p.thread);
                if (connect != null) {
                    transport.attribute(connect, p.record);
                }
                pending.remove(connection);
            }
            return p.record;
        }
    }

    /** A TLS connection was constructed during the getConnection in progress: remember its engine. */
    public void engineCreated(JdkHttpThreadState s, Object engine) {
        s.engine = engine;
        transport.engines().reportedByClient(engine); // counted here, not again by the transport's SSLEngine hooks
    }

    /** An SSLEngine handshake starts; only engines of new java.net.http connections are followed. */
    public void engineHandshakeStarting(Object engine) {
        PendingOpen p = engines.get(engine);
        if (p == null) {
            return;
        }
        synchronized (p) {
            if (p.tlsStartNanos == 0) {
                p.tlsStartNanos = System.nanoTime();
                p.tlsStartMillis = System.currentTimeMillis();
            }
        }
    }

    /**
     * The handshake ended (before the connection's first response, which registers it). Resumed when the session
     * existed before the handshake began.
     */
    public void engineHandshakeDone(Object engine, Object session) {
        PendingOpen p = engines.remove(engine);
        if (p == null || !(session instanceof SSLSession)) {
            return;
        }
        synchronized (p) {
            if (p.tlsStartNanos != 0) {
                p.tlsDone = true;
                p.tlsResumed = ((SSLSession) session).getCreationTime() < p.tlsStartMillis;
                p.tlsNanos = System.nanoTime() - p.tlsStartNanos;
            }
        }
    }

    public void returned(Object connection) {
        tracker.returned(connection);
    }

    /** A plain connection closes (a TLS one through it); why is read from the stack, once per connection. */
    public void closing(Object plain) {
        Object outer = outerOfPlain.remove(plain);
        Object connection = outer != null ? outer : plain;
        CloseCause cause = null;
        ConnectionRecord record = tracker.find(connection);
        if (record == null) {
            // Never answered: registered now only if the request went out on a connection that connected.
            cause = JdkHttpCloseCauses.cause(JdkHttpCloseCauses.callers());
            PendingOpen p = pending.get(connection);
            if (p != null && (cause == CloseCause.FAILED || cause == CloseCause.STALE) && transport.claimable(p.channel)) {
                record = opened(connection);
            }
        }
        pending.remove(connection);
        if (record == null) {
            return;
        }
        if (cause == null) {
            cause = JdkHttpCloseCauses.cause(JdkHttpCloseCauses.callers());
        }
        // A timeout fails the exchange in progress; a read error (STALE from onReadError) may too.
        if (cause == CloseCause.FAILED || cause == CloseCause.STALE) {
            cause = tracker.failures().broke(record, cause == CloseCause.FAILED, CloseCause.STALE);
        }
        tracker.closed(connection, cause);
    }

    /**
     * A synchronous send starts: if the connection this thread used last is still busy, its body was never read
     * to the end nor closed, and whoever needs a new connection because of it learns {@code body-not-consumed}.
     */
    public void sending(JdkHttpThreadState s) {
        ConnectionRecord last = s.lastRecord;
        if (last == null && s.lastPending != null) {
            last = s.lastPending.record;
        }
        s.lastPending = null;
        s.lastRecord = null;
        tracker.movedOn(last, s.thread.threadId);
    }
}
