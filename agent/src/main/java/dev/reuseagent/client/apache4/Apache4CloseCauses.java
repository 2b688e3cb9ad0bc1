package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;

import java.util.List;

/**
 * Why Apache HttpClient 4.5 closed a connection, read from who called {@code CPoolEntry#closeConnection} (or
 * {@code #shutdownConnection}). A cause decided earlier (the reuse decision after an exchange) takes precedence
 * and is applied by the caller. Frames verified against httpclient 4.5.14 / httpcore 4.4.16.
 */
final class Apache4CloseCauses {

    private static final String EXEC = "org.apache.http.impl.execchain.";
    private static final String POOL = "org.apache.http.pool.AbstractConnPool";

    private Apache4CloseCauses() {
    }

    /**
     * @param callers             the callers, nearest first, without agent and JDK frames
     * @param wasReused           the connection had carried an exchange before
     * @param sameOriginAsLease   the connection is of the origin the lease in progress on this thread asked for
     * @param exchangedSinceLease an exchange ran on this thread since its last lease
     */
    static CloseCause classify(List<Caller> callers, boolean wasReused, boolean sameOriginAsLease,
            boolean exchangedSinceLease) {
        boolean released = false; // ConnectionHolder#releaseConnection(false): a non-reusable release
        boolean aborted = false;  // ConnectionHolder#abortConnection
        for (Caller caller : callers) {
            String cls = caller.cls();
            String method = caller.method();
            if (cls.equals(EXEC + "ConnectionHolder")) {
                switch (method) {
                    case "releaseConnection":
                        released = true;
                        continue;
                    case "abortConnection":
                        aborted = true;
                        continue;
                    case "close":
                        return CloseCause.BODY_NOT_CONSUMED; // the response was closed before its body was read
                    case "cancel":
                        return CloseCause.APP_CLOSED; // the request was aborted
                    default:
                        continue;
                }
            }
            if (released) {
                // released non-reusable after its exchange (at the response's end, or it had no body)
                return CloseCause.SERVER_CLOSED;
            }
            if (!cls.startsWith("org.apache.http.")) {
                return CloseCause.UNKNOWN; // the application closed the connection itself
            }
            CloseCause cause = cause(cls, method, aborted, wasReused, sameOriginAsLease, exchangedSinceLease);
            if (cause != null) {
                return cause;
            }
        }
        return CloseCause.UNKNOWN;
    }

    /** The cause this frame decides, or null to look further up. */
    private static CloseCause cause(String cls, String method, boolean aborted, boolean wasReused,
            boolean sameOriginAsLease, boolean exchangedSinceLease) {
        if (cls.equals(EXEC + "ResponseEntityProxy")) {
            // streamAbort closes the holder; a failed read or write aborts it: the body was not consumed
            return method.equals("streamAbort") || aborted ? CloseCause.BODY_NOT_CONSUMED : null;
        }
        if (cls.equals(EXEC + "HttpResponseProxy")) {
            return CloseCause.BODY_NOT_CONSUMED;
        }
        if (cls.equals("org.apache.http.protocol.HttpRequestExecutor")) {
            return failed(wasReused); // the exchange failed: a reused connection was dead
        }
        if (cls.equals(EXEC + "MainClientExec")) {
            if (aborted) {
                return failed(wasReused); // an exchange failed
            }
            if (method.equals("execute")) {
                // after an exchange: an authentication challenge on a non-reusable connection;
                // before one: the (deprecated) stale connection check found it dead
                return exchangedSinceLease ? CloseCause.AUTH_CHALLENGE : CloseCause.STALE;
            }
            return CloseCause.UNKNOWN; // establishing the route or a tunnel failed
        }
        if (cls.startsWith(POOL + "$") && method.equals("get")) {
            return CloseCause.STALE; // validate-after-inactivity found the idle connection dead
        }
        if (cls.equals(POOL)) {
            switch (method) {
                case "getPoolEntryBlocking":
                    // an expired idle connection of the route asked for; or the total limit evicts another route's
                    return sameOriginAsLease ? CloseCause.IDLE_TIMEOUT : CloseCause.POOL_FULL;
                case "closeIdle":
                case "closeExpired":
                    return CloseCause.IDLE_TIMEOUT;
                case "shutdown":
                    return CloseCause.APP_CLOSED;
                default:
                    return null; // release, enum*: the caller says why
            }
        }
        if (cls.equals("org.apache.http.impl.conn.PoolingHttpClientConnectionManager")) {
            switch (method) {
                case "shutdown":
                case "close":
                case "finalize":
                    return CloseCause.APP_CLOSED;
                case "closeIdleConnections":
                case "closeExpiredConnections":
                    return CloseCause.IDLE_TIMEOUT;
                default:
                    return null;
            }
        }
        if (cls.startsWith("org.apache.http.impl.client.IdleConnectionEvictor")) {
            return CloseCause.IDLE_TIMEOUT;
        }
        if (cls.startsWith("org.apache.http.impl.client.InternalHttpClient")) {
            return CloseCause.APP_CLOSED;
        }
        return null;
    }

    private static CloseCause failed(boolean wasReused) {
        return wasReused ? CloseCause.STALE : CloseCause.UNKNOWN;
    }
}
