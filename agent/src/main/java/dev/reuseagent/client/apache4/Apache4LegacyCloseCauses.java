package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;

import java.util.List;
import java.util.Set;

/**
 * Why Apache HttpClient 4's legacy API closed a connection, read from who called
 * {@code DefaultClientConnection#close} (or {@code #shutdown}). Frames verified against httpclient 4.5.14 / httpcore
 * 4.4.16: the four legacy connection managers, ThreadSafeClientConnManager's {@code ConnPoolByRoute},
 * {@code DefaultRequestDirector}, {@code BasicManagedEntity} and the request's abort.
 */
final class Apache4LegacyCloseCauses {

    private static final String CONN = "org.apache.http.impl.conn.";
    private static final String DIRECTOR = "org.apache.http.impl.client.DefaultRequestDirector";
    /** The managers and pools: their shutdown is the application's, their releaseConnection a non-reusable release. */
    private static final Set<String> MANAGERS = Set.of(CONN + "PoolingClientConnectionManager",
            CONN + "BasicClientConnectionManager", CONN + "SingleClientConnManager",
            CONN + "tsccm.ThreadSafeClientConnManager", CONN + "tsccm.ConnPoolByRoute", CONN + "tsccm.AbstractConnPool",
            CONN + "HttpConnPool", "org.apache.http.pool.AbstractConnPool");

    private Apache4LegacyCloseCauses() {
    }

    /**
     * @param callers             the callers, nearest first, without agent and JDK frames
     * @param wasReused           the connection had carried an exchange before
     * @param sameOriginAsLease   the connection is of the origin the lease in progress on this thread asked for
     * @param exchangedSinceLease an exchange ran on this thread since its last lease
     * @param refusedByApp        the reuse strategy refused to keep it because of the application's request
     */
    static CloseCause classify(List<Caller> callers, boolean wasReused, boolean sameOriginAsLease,
            boolean exchangedSinceLease, boolean refusedByApp) {
        boolean aborted = false; // the managed connection's abortConnection
        for (Caller caller : callers) {
            String cls = caller.cls();
            String method = caller.method();
            if (method.equals("abortConnection") && cls.startsWith(CONN)) {
                aborted = true;
                continue;
            }
            if (!cls.startsWith("org.apache.http.")) {
                return aborted ? CloseCause.APP_CLOSED : CloseCause.UNKNOWN; // the application's own abort or close
            }
            CloseCause cause = cause(cls, method, aborted, wasReused, sameOriginAsLease, exchangedSinceLease,
                    refusedByApp);
            if (cause != null) {
                return cause;
            }
        }
        return CloseCause.UNKNOWN;
    }

    /** The cause this frame decides, or null to look further up. */
    private static CloseCause cause(String cls, String method, boolean aborted, boolean wasReused,
            boolean sameOriginAsLease, boolean exchangedSinceLease, boolean refusedByApp) {
        if (cls.equals("org.apache.http.conn.BasicManagedEntity") || cls.equals("org.apache.http.conn.EofSensorInputStream")) {
            return CloseCause.BODY_NOT_CONSUMED; // the response body was aborted before its end
        }
        if (cls.startsWith("org.apache.http.client.methods.")) {
            return CloseCause.APP_CLOSED; // the request was aborted or reset
        }
        if (cls.equals(DIRECTOR)) {
            return director(method, aborted, wasReused, exchangedSinceLease, refusedByApp);
        }
        if (cls.equals("org.apache.http.protocol.HttpRequestExecutor")) {
            return failed(wasReused);
        }
        if (method.equals("closeIdleConnections") || method.equals("closeExpiredConnections")
                || method.equals("closeIdle") || method.equals("closeExpired")) {
            return CloseCause.IDLE_TIMEOUT;
        }
        if (!MANAGERS.contains(cls)) {
            return cls.startsWith("org.apache.http.impl.client.") && method.equals("close") ? CloseCause.APP_CLOSED
                    : null;
        }
        switch (method) {
            case "shutdown":
            case "finalize":
                return CloseCause.APP_CLOSED;
            case "releaseConnection":
                return refusedByApp ? CloseCause.APP_CLOSED : CloseCause.SERVER_CLOSED; // released not reusable
            case "getPoolEntryBlocking":
            case "getConnection":
                // an expired connection of the route asked for; or another route's, evicted at the limit
                return sameOriginAsLease ? CloseCause.IDLE_TIMEOUT : CloseCause.POOL_FULL;
            case "getFreeEntry":
                return CloseCause.IDLE_TIMEOUT; // ConnPoolByRoute: an expired free entry
            case "deleteLeastUsedEntry":
                return CloseCause.POOL_FULL;
            default:
                return null;
        }
    }

    private static CloseCause director(String method, boolean aborted, boolean wasReused, boolean exchangedSinceLease,
            boolean refusedByApp) {
        if (aborted || method.equals("tryExecute")) {
            return failed(wasReused); // the exchange failed
        }
        if (method.equals("execute")) {
            // after an exchange: a follow-up (redirect, authentication) on a connection not kept alive;
            // before one: the stale connection check found it dead
            if (!exchangedSinceLease) {
                return CloseCause.STALE;
            }
            return refusedByApp ? CloseCause.APP_CLOSED : CloseCause.SERVER_CLOSED;
        }
        return CloseCause.UNKNOWN; // connecting or establishing the route failed
    }

    private static CloseCause failed(boolean wasReused) {
        return wasReused ? CloseCause.STALE : CloseCause.UNKNOWN;
    }
}
