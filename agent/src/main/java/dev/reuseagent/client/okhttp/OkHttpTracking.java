package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;
import dev.reuseagent.track.ObjectNames;
import dev.reuseagent.track.WeakIdentityMap;

import java.io.InterruptedIOException;
import java.util.List;

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
    /** Why a retired connection will close, from the moment OkHttp retired it until it leaves the pool. */
    private final WeakIdentityMap<CloseCause> pendingCauses = new WeakIdentityMap<>();
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

    // ---- returning, retiring and closing ----

    /**
     * {@code RealConnectionPool#connectionBecameIdle}: the last call released the connection. It stays pooled
     * ({@code removed} false), or it was retired earlier, or the pool keeps no idle connection at all, and OkHttp
     * now closes it.
     */
    public void becameIdle(Object connection, boolean removed, int maxIdleConnections) {
        if (!removed) {
            tracker.returned(connection);
            return;
        }
        CloseCause cause = pendingCauses.remove(connection);
        if (cause == null) {
            cause = maxIdleConnections == 0 ? CloseCause.POOL_FULL : CloseCause.UNKNOWN;
        }
        tracker.closed(connection, cause);
    }

    /**
     * A connection's {@code noNewExchanges} flag is being set: it will take no new exchange. Who retired it is read
     * from the stack; evictions by the pool close it right away, everything else closes when its last call
     * releases it.
     */
    public void retired(OkHttpThreadState s, Object connection, long idleAtNs) {
        retired(s, connection, idleAtNs, OkHttpCloseCauses.callers());
    }

    /** @param callers {@code class#method} frames, nearest first */
    void retired(OkHttpThreadState s, Object connection, long idleAtNs, List<String> callers) {
        OkHttpCloseCauses.Retirer retirer = OkHttpCloseCauses.retirer(callers);
        switch (retirer) {
            case POOL_CLEANUP: {
                CloseCause pending = pendingCauses.remove(connection);
                tracker.closed(connection, pending != null ? pending
                        : s.cleanupNow - idleAtNs >= s.cleanupKeepAliveNs ? CloseCause.IDLE_TIMEOUT
                        : CloseCause.POOL_FULL);
                return;
            }
            case EVICT_ALL: {
                CloseCause pending = pendingCauses.remove(connection);
                tracker.closed(connection, pending != null ? pending : CloseCause.APP_CLOSED);
                return;
            }
            case BECAME_IDLE:
                return; // becameIdle reports it
            case CONNECTION_HEADER:
                if (pend(connection, retirer.cause)) {
                    // Whose header: the interceptor that read it will say when it returns.
                    s.closedByHeader = connection;
                }
                return;
            default:
                pend(connection, retirer.cause);
        }
    }

    /**
     * {@code CallServerInterceptor#intercept} returned. If it retired its connection for a {@code Connection: close}
     * header and the request sent it, the application closed the connection, not the server.
     */
    public void interceptDone(OkHttpThreadState s, Object response) {
        Object connection = s.closedByHeader;
        if (connection == null) {
            return;
        }
        s.closedByHeader = null;
        if (response != null && api.requestAsksClose(response)) {
            pendingCauses.put(connection, CloseCause.APP_CLOSED);
        }
    }

    /**
     * {@code RealConnection#trackFailure} retired the connection after an I/O error on {@code call}. An HTTP/1
     * connection that had served before and failed before this exchange's response head was dead in the pool:
     * the server closed it while idle ({@code stale}), unless the error was a timeout.
     */
    public void failed(OkHttpThreadState s, Object connection, Object call, Throwable error) {
        ConnectionRecord record = tracker.find(connection);
        boolean beforeResponseHead = record != null && s.exchangeRecord == record;
        CloseCause cause;
        if (error != null && error.getClass().getName().equals("okhttp3.internal.http2.ConnectionShutdownException")) {
            cause = CloseCause.SERVER_CLOSED; // HTTP/2 GOAWAY
        } else if (api.canceled(call)) {
            cause = CloseCause.APP_CLOSED;
        } else if (beforeResponseHead && record.uses() > 0 && !(error instanceof InterruptedIOException)) {
            cause = CloseCause.STALE; // a dead connection fails at once; a timeout is a slow server, not a stale one
        } else {
            cause = CloseCause.UNKNOWN;
        }
        pend(connection, cause);
        if (beforeResponseHead && record.uses() == 0) {
            // The first exchange of a new connection failed: still count it, so that new + reused - failed = requests.
            s.exchangeRecord = null;
            tracker.exchangeDone(record, false);
        }
    }

    /** {@code RealConnection#isHealthy} returned false: the connection will be retired before reuse. */
    public void unhealthy(Object connection, boolean multiplexed) {
        // HTTP/2 is unhealthy after the server's GOAWAY; HTTP/1 when the socket is found closed.
        pend(connection, multiplexed ? CloseCause.SERVER_CLOSED : CloseCause.STALE);
    }

    /** The pool's cleanup run starts on this thread. */
    public void cleanupStarting(OkHttpThreadState s, long nowNanos, long keepAliveNanos) {
        s.cleanupNow = nowNanos;
        s.cleanupKeepAliveNs = keepAliveNanos;
    }

    /** {@code pruneAndGetAllocationCount} looks for leaked calls on this connection (null when it ends). */
    public void pruning(OkHttpThreadState s, Object connection) {
        s.pruning = connection;
    }

    /** {@code Platform#logCloseableLeak}: a call holding the connection being pruned was collected unclosed. */
    public void leakLogged(OkHttpThreadState s) {
        Object connection = s.pruning;
        if (connection != null) {
            pend(connection, CloseCause.BODY_NOT_CONSUMED);
        }
    }

    /** Records the first reason a connection was retired; later ones are consequences. @return true if it was first */
    private boolean pend(Object connection, CloseCause cause) {
        if (pendingCauses.get(connection) != null) {
            return false;
        }
        pendingCauses.put(connection, cause);
        return true;
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
