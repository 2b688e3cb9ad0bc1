package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

/**
 * Turns the OkHttp 4.12 and 5.x hooks into connection-tracker events. The key is OkHttp's own {@code RealConnection}
 * (one object per physical connection); the pool is the {@code RealConnectionPool} behind a {@code ConnectionPool},
 * further keyed, for HTTPS, by the {@code SSLSocketFactory}: OkHttp only reuses a pooled connection for a client
 * with the very same factory, so two clients sharing a pool but not a factory behave as two pools.
 *
 * <p>A connection is counted when it enters the pool ({@code RealConnectionPool#put}), which happens once, on the
 * calling thread, after connect, TLS and HTTP/2 coalescing. Connects that lost OkHttp 5's fast-fallback race, or
 * were dropped by coalescing, never get there: they remain transport-only connects of their endpoint.
 */
public final class OkHttpTracking {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;
    private final boolean attached;
    private final OkHttpApi api;
    /** Returning, retiring and closing connections, and why. */
    final OkHttpCloses closes;
    /** OkHttp 3.x evictions, which retire no connection the other hooks see. */
    final OkHttp3Evictions evictions3;
    /** Where enqueue() was called, from then until the call starts on a dispatcher thread. */
    private final WeakIdentityMap<String> enqueueSites = new WeakIdentityMap<>();
    /** Connections whose origin is filtered out (only needed when adopting, i.e. after an attach). */
    private final WeakIdentityMap<Boolean> ignored = new WeakIdentityMap<>();
    /** Pool and SSL factory names: counters, not identity hashes, so a new pool never inherits a dead one's id. */
    private final ObjectNames poolNames = new ObjectNames(OkHttpSlice.NAME + " pool");
    private final ObjectNames sslFactoryNames = new ObjectNames("sslfactory");

    /**
     * @param attached the agent was attached to a running JVM: connections it did not see open are adopted at
     *                 their next exchange. Started with the JVM, every connection's opening is seen.
     */
    public OkHttpTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached) {
        this(tracker, transport, attached, ReflectiveOkHttpApi.INSTANCE);
    }

    OkHttpTracking(ConnectionTracker tracker, TransportTracker transport, boolean attached, OkHttpApi api) {
        this.tracker = tracker;
        this.transport = transport;
        this.attached = attached;
        this.api = api;
        this.closes = new OkHttpCloses(tracker, api);
        this.evictions3 = new OkHttp3Evictions(closes);
    }

    // ---- acquiring a connection ----

    /**
     * The pool had no connection for this call (a lookup that does not insist on HTTP/2). OkHttp asks the pool up
     * to three times per new connection; the first miss of the call is the moment it had nothing to give.
     */
    public void poolMissed(OkHttpThreadState s, Object call) {
        int callId = System.identityHashCode(call);
        if (!s.missValid || s.missCall != callId) {
            s.missValid = true;
            s.missCall = callId;
            s.missNanos = System.nanoTime();
            movedOn(s);
        }
    }

    /** {@code RealCall#acquireConnectionNoEvents}: the call holds this connection (pooled, or just opened). */
    public void acquired(OkHttpThreadState s, Object connection) {
        ConnectionRecord record = tracker.taken(connection, s.thread.threadId);
        if (record != s.lastRecord) {
            movedOn(s);
            s.lastRecord = record;
            s.lastMultiplexed = false; // until its first exchange says otherwise
        }
    }

    /** The thread goes on to another request: an HTTP/1 connection it still holds had its body abandoned. */
    private void movedOn(OkHttpThreadState s) {
        if (s.lastRecord != null && !s.lastMultiplexed) {
            tracker.movedOn(s.lastRecord, s.thread.threadId);
        }
    }

    // ---- opening a connection ----

    /**
     * 4.12 {@code RealConnection#connect} returned, on the calling thread: claim the TCP connect of its raw socket.
     * The TLS handshake already ran here, on this thread's last connect, and travels with it.
     */
    public void connectionConnected(OkHttpThreadState s, Object rawSocket) {
        s.connect = transport.claim(rawSocket);
    }

    /**
     * 5.x {@code ConnectPlan#connectTlsEtc} starts, on the calling thread, after fast fallback connected the raw
     * socket on a background thread. Claim that connect, and make it this thread's last connect so that the TLS
     * handshake about to run here is attached to it.
     */
    public void tlsStarting(OkHttpThreadState s, Object rawSocket) {
        TransportConnect connect = transport.claim(rawSocket);
        s.connect = connect;
        if (connect != null) {
            s.thread.lastConnect = connect;
        }
    }

    /**
     * HTTP/2 coalescing: after connecting, the call found a pooled connection it can share (another call won the
     * race to the pool). OkHttp closes the connection it just made; its connect was OkHttp's, but never used.
     */
    public void coalesced(OkHttpThreadState s) {
        TransportConnect connect = s.connect;
        s.connect = null;
        if (connect != null) {
            transport.discarded(connect);
        }
    }

    /**
     * 5.x {@code ConnectPlan#cancel}: a fast-fallback attempt that lost the race (or whose call was cancelled) is
     * closed. A TCP connect it had already made, and nobody claimed, was OkHttp's but never used.
     */
    public void planCancelled(Object rawSocket) {
        TransportConnect connect = transport.claim(rawSocket);
        if (connect != null) {
            transport.discarded(connect);
        }
    }

    /**
     * The TLS handshake of a new connection to {@code route} threw, on the calling thread after its TCP connect
     * (4.12: made on this thread, unclaimed; 5.x: claimed by {@link #tlsStarting}): a failed connection, reported
     * now. The connection never enters the pool.
     */
    public void tlsFailed(OkHttpThreadState s, Object route, Throwable thrown) {
        TransportConnect connect = s.connect;
        s.connect = null;
        if (connect == null) {
            connect = transport.claimLast();
        }
        Origin origin = api.originOfRoute(route);
        if (connect == null || origin == null) {
            return;
        }
        transport.attributeFailed(connect, OkHttpSlice.NAME);
        // 5.x connected on a fast-fallback thread: the application line is on this one (or its enqueue()'s)
        String site = connect.site();
        if (site == null) {
            site = transport.site();
        }
        tracker.failedConnections().failed(OkHttpSlice.NAME, origin, site != null ? site : s.asyncSite, thrown);
    }

    /** {@code RealConnectionPool#put}: a new connection, fully established, enters its pool. */
    public void pooled(OkHttpThreadState s, Object pool, Object connection) {
        TransportConnect connect = s.connect;
        s.connect = null;
        long missNanos = s.missValid ? s.missNanos : System.nanoTime();
        s.missValid = false;
        Origin origin = api.origin(connection);
        if (origin == null) {
            return;
        }
        // 4.12 connects on this thread, so the connect knows the application line; 5.x connected on a
        // background thread, but this is the calling thread again; for enqueue() it is a dispatcher thread.
        String site = connect == null ? null : connect.site();
        if (site == null) {
            site = transport.site();
        }
        if (site == null) {
            site = s.asyncSite;
        }
        ConnectionRecord record = tracker.opened(connection, OkHttpSlice.NAME, origin,
                poolId(pool, api.sslSocketFactory(connection)), missNanos,
                connect == null ? 0 : connect.connectNanos(), site, s.thread.threadId);
        if (record != null && connect != null) {
            transport.attribute(connect, record);
        }
        if (record != s.lastRecord) {
            movedOn(s);
        }
        s.lastRecord = record;
        s.lastMultiplexed = false;
    }

    /** The pool's id for the tracker, {@code okhttp pool#1}, with its SSL factory for https. New connections only. */
    String poolId(Object pool, Object sslSocketFactory) {
        String id = poolNames.nameOf(pool);
        return sslSocketFactory == null ? id : id + " " + sslFactoryNames.nameOf(sslSocketFactory);
    }

    // ---- exchanges ----

    /** {@code RealConnection#newCodec}: an exchange starts on this connection (HTTP/2: one stream). */
    public void exchangeStarting(OkHttpThreadState s, Object connection, Object codec, boolean multiplexed,
            Object pool) {
        ConnectionRecord record = tracker.find(connection);
        if (record == null && attached) {
            record = adopt(s, connection, pool);
        }
        s.exchangeRecord = record;
        s.exchangeCodec = System.identityHashCode(codec);
        s.lastRecord = record;
        s.lastMultiplexed = multiplexed;
    }

    /** {@code Exchange#responseHeadersEnd}: the final response head arrived; one exchange done. */
    public void responseHead(OkHttpThreadState s, Object codec) {
        ConnectionRecord record = s.exchangeRecord;
        // The codec tells this exchange from one a network interceptor ran in between on the same thread.
        if (record == null || s.exchangeCodec != System.identityHashCode(codec)) {
            return;
        }
        s.exchangeRecord = null;
        tracker.exchangeDone(record, true);
    }

    private ConnectionRecord adopt(OkHttpThreadState s, Object connection, Object pool) {
        if (ignored.get(connection) != null) {
            return null;
        }
        Origin origin = api.origin(connection);
        ConnectionRecord record = origin == null ? null : tracker.adopt(connection, OkHttpSlice.NAME, origin,
                poolId(pool, api.sslSocketFactory(connection)), s.thread.threadId);
        if (record == null) {
            ignored.put(connection, Boolean.TRUE);
        }
        return record;
    }

    // ---- asynchronous calls ----

    /**
     * {@code RealCall#enqueue}: the call will run on a dispatcher thread, where no application frame is left; keep the
     * application line that enqueued it in case it opens a connection. Costs a stack walk per enqueued call.
     */
    public void enqueued(Object call) {
        String site = transport.site();
        if (site != null) {
            enqueueSites.put(call, site);
        }
    }

    /** {@code RealCall$AsyncCall#run} starts ({@code call} non-null) or ends (null) on a dispatcher thread. */
    public void asyncRunning(OkHttpThreadState s, Object call) {
        s.asyncSite = call == null ? null : enqueueSites.remove(call);
    }
}
