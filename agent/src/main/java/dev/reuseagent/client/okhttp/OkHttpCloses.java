package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;

import java.io.InterruptedIOException;
import java.util.List;

/**
 * How OkHttp connections return to their pool, get retired and close, and why. OkHttp retires a connection (it
 * takes no new exchange) well before it closes it; the cause is read when it is retired, from who retired it,
 * and kept until the connection leaves the pool.
 */
final class OkHttpCloses {

    private final ConnectionTracker tracker;
    private final OkHttpApi api;
    /** Why a retired connection will close, from the moment OkHttp retired it until it leaves the pool. */
    private final WeakIdentityMap<CloseCause> pendingCauses = new WeakIdentityMap<>();

    OkHttpCloses(ConnectionTracker tracker, OkHttpApi api) {
        this.tracker = tracker;
        this.api = api;
    }

    /**
     * {@code RealConnectionPool#connectionBecameIdle}: the last call released the connection. It stays pooled
     * ({@code removed} false), or it was retired earlier, or the pool keeps no idle connection at all, and OkHttp
     * now closes it.
     */
    void becameIdle(Object connection, boolean removed, int maxIdleConnections) {
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
    void retired(OkHttpThreadState s, Object connection, long idleAtNs) {
        retired(s, connection, idleAtNs, OkHttpCloseCauses.callers());
    }

    /** @param callers {@code class#method} frames, nearest first */
    void retired(OkHttpThreadState s, Object connection, long idleAtNs, List<String> callers) {
        OkHttpCloseCauses.Retirer retirer = OkHttpCloseCauses.retirer(callers);
        switch (retirer) {
            case POOL_CLEANUP:
            case EVICT_ALL:
                evicted(s, connection, idleAtNs, retirer == OkHttpCloseCauses.Retirer.POOL_CLEANUP);
                return;
            case BECAME_IDLE:
                return; // becameIdle reports it
            case BODY_TRUNCATED:
            case BODY_IO_ERROR:
                // The body broke off (the server ended it early, a reset, a read timeout): the wire's doing, not
                // the application's; unless the application cancelled the call, which closes its socket.
                if (retirer == OkHttpCloseCauses.Retirer.BODY_IO_ERROR && api.callCanceled(connection)) {
                    pend(connection, CloseCause.APP_CLOSED);
                    return;
                }
                tracker.failures().exchangeFailed(tracker.find(connection));
                pend(connection, CloseCause.FAILED);
                return;
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
     * The pool evicted the connection, which closes now: by its cleanup (idle too long, or too many idle: which, from
     * {@code idleAtNs}, OkHttp's idle mark; {@link OkHttp3Evictions#NOT_IDLE} when unknown), or by {@code evictAll}.
     * A cause known before (a leak, a failed health check) comes first.
     */
    void evicted(OkHttpThreadState s, Object connection, long idleAtNs, boolean byCleanup) {
        CloseCause cause = pendingCauses.remove(connection);
        if (cause == null) {
            cause = !byCleanup ? CloseCause.APP_CLOSED : idleAtNs == OkHttp3Evictions.NOT_IDLE ? CloseCause.UNKNOWN
                    : s.cleanupNow - idleAtNs >= s.cleanupKeepAliveNs ? CloseCause.IDLE_TIMEOUT : CloseCause.POOL_FULL;
        }
        tracker.closed(connection, cause);
    }

    /**
     * {@code CallServerInterceptor#intercept} returned. If it retired its connection for a {@code Connection: close}
     * header and the request sent it, the application closed the connection, not the server.
     */
    void interceptDone(OkHttpThreadState s, Object response) {
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
     * connection that had served before and failed before this exchange's response head, unless on a timeout,
     * was dead in the pool: the server closed it while idle ({@code stale}). Any other error failed the
     * exchange ({@code failed}).
     */
    void failed(OkHttpThreadState s, Object connection, Object call, Throwable error) {
        ConnectionRecord record = tracker.find(connection);
        boolean beforeResponseHead = record != null && s.exchangeRecord == record;
        CloseCause cause;
        if (error != null && error.getClass().getName().equals("okhttp3.internal.http2.ConnectionShutdownException")) {
            cause = CloseCause.SERVER_CLOSED; // HTTP/2 GOAWAY
        } else if (api.canceled(call)) {
            cause = CloseCause.APP_CLOSED;
        } else if (record == null || s.lastMultiplexed) {
            cause = CloseCause.UNKNOWN; // HTTP/2 retires a connection for a stream's error only on shutdown
        } else {
            // Its body broke off, or the server never answered in time, or a new connection's first exchange
            // failed: a failed request, counted now. A reused connection failing at once was dead in the pool.
            cause = tracker.failures().broke(record, error instanceof InterruptedIOException, CloseCause.STALE);
            if (beforeResponseHead && cause == CloseCause.FAILED) {
                s.exchangeRecord = null; // counted: no response head will come
            }
        }
        pend(connection, cause);
    }

    /** {@code RealConnection#isHealthy} returned false: the connection will be retired before reuse. */
    void unhealthy(Object connection, boolean multiplexed) {
        // HTTP/2 is unhealthy after the server's GOAWAY; HTTP/1 when the socket is found closed.
        pend(connection, multiplexed ? CloseCause.SERVER_CLOSED : CloseCause.STALE);
    }

    /** The pool's cleanup run starts on this thread. */
    void cleanupStarting(OkHttpThreadState s, long nowNanos, long keepAliveNanos) {
        s.cleanupNow = nowNanos;
        s.cleanupKeepAliveNs = keepAliveNanos;
    }

    /** {@code pruneAndGetAllocationCount} looks for leaked calls on this connection (null when it ends). */
    void pruning(OkHttpThreadState s, Object connection) {
        s.pruning = connection;
    }

    /** {@code Platform#logCloseableLeak}: a call holding the connection being pruned was collected unclosed. */
    void leakLogged(OkHttpThreadState s) {
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
}
