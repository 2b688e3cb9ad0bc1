package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;

import java.util.List;

/**
 * Why Apache HttpClient 5.x closed a connection, read from who called
 * {@code DefaultManagedHttpClientConnection#close}. Closing is rare next to reuse, so a short stack walk costs
 * nothing that matters and needs no hook in each of the places that close. The nearest caller that means
 * something decides; a cause decided earlier (the reuse decision after an exchange) takes precedence and is
 * applied by the caller. Frames verified against httpclient5 5.5.1 / httpcore5 5.3.6.
 */
final class Apache5CloseCauses {

    private static final String CLASSIC = "org.apache.hc.client5.http.impl.classic.";
    private static final String IO = "org.apache.hc.client5.http.impl.io.";
    private static final String MANAGER = IO + "PoolingHttpClientConnectionManager";
    private static final String POOL = "org.apache.hc.core5.pool.";

    private Apache5CloseCauses() {
    }

    /**
     * @param callers           the callers, nearest first, without agent and JDK frames
     * @param mode              the close mode ("GRACEFUL", "IMMEDIATE"), or null for close()
     * @param wasReused         the connection had carried an exchange before
     * @param sameOriginAsLease the connection is of the origin the lease in progress on this thread asked for
     */
    static CloseCause classify(List<Caller> callers, String mode, boolean wasReused, boolean sameOriginAsLease) {
        for (Caller caller : callers) {
            String cls = caller.cls();
            String method = caller.method();
            if (!cls.startsWith("org.apache.hc.")) {
                return CloseCause.UNKNOWN; // the application closed the connection object itself
            }
            CloseCause cause = cause(cls, method, mode, wasReused, sameOriginAsLease);
            if (cause != null) {
                return cause;
            }
        }
        return CloseCause.UNKNOWN;
    }

    /** The cause this frame decides, or null to look further up. */
    private static CloseCause cause(String cls, String method, String mode, boolean wasReused,
            boolean sameOriginAsLease) {
        if (cls.equals("org.apache.hc.core5.http.impl.io.HttpRequestExecutor")) {
            // the exchange failed and core5 closed the connection: a reused one was dead (the server had closed it)
            return failed(wasReused);
        }
        if (cls.startsWith(POOL + "StrictConnPool") || cls.startsWith(POOL + "LaxConnPool")) {
            return pool(method, sameOriginAsLease);
        }
        if (cls.startsWith(MANAGER + "$") && method.equals("get")) {
            // the lease: a stale-checked connection is discarded IMMEDIATE, one past its time-to-live GRACEFUL
            return "IMMEDIATE".equals(mode) ? CloseCause.STALE : CloseCause.IDLE_TIMEOUT;
        }
        if (cls.equals(MANAGER) || cls.equals(IO + "BasicHttpClientConnectionManager")) {
            return manager(method);
        }
        if (cls.equals(CLASSIC + "InternalExecRuntime")) {
            switch (method) {
                case "releaseEndpoint":
                    return CloseCause.SERVER_CLOSED; // released, but marked non-reusable after its exchange
                case "cancel":
                    return CloseCause.APP_CLOSED; // the request was cancelled
                default:
                    return null; // discardEndpoint, disconnectEndpoint: the caller says why
            }
        }
        if (cls.startsWith(CLASSIC + "CloseableHttpResponse")) {
            return CloseCause.BODY_NOT_CONSUMED; // closed IMMEDIATE with its body unread
        }
        if (cls.equals(CLASSIC + "ResponseEntityProxy")) {
            return method.equals("streamAbort") ? CloseCause.BODY_NOT_CONSUMED : null;
        }
        if (cls.equals(CLASSIC + "MainClientExec")) {
            return failed(wasReused);
        }
        if (cls.equals(CLASSIC + "ProtocolExec")) {
            return CloseCause.AUTH_CHALLENGE;
        }
        if (cls.equals(CLASSIC + "ConnectExec")) {
            return CloseCause.UNKNOWN; // connecting or tunnelling failed
        }
        if (cls.startsWith("org.apache.hc.client5.http.impl.IdleConnectionEvictor")) {
            return CloseCause.IDLE_TIMEOUT;
        }
        return null;
    }

    private static CloseCause failed(boolean wasReused) {
        return wasReused ? CloseCause.STALE : CloseCause.UNKNOWN;
    }

    private static CloseCause pool(String method, boolean sameOriginAsLease) {
        switch (method) {
            case "processPendingRequest":
                // an expired idle connection of the route asked for; or the total limit evicts another route's
                return sameOriginAsLease ? CloseCause.IDLE_TIMEOUT : CloseCause.POOL_FULL;
            case "close":
            case "shutdown":
                return CloseCause.APP_CLOSED; // the client (its connection manager) was closed
            default:
                if (method.startsWith("closeIdle") || method.startsWith("closeExpired")
                        || method.startsWith("closeIfExpired") || method.startsWith("lambda$closeIdle")
                        || method.startsWith("lambda$closeExpired")) {
                    return CloseCause.IDLE_TIMEOUT;
                }
                return null; // release and the like: the caller says why
        }
    }

    private static CloseCause manager(String method) {
        switch (method) {
            case "close":
            case "shutdown":
                return CloseCause.APP_CLOSED;
            default:
                if (method.startsWith("closeIdle") || method.startsWith("closeExpired")
                        || method.startsWith("checkExpiry")) {
                    return CloseCause.IDLE_TIMEOUT;
                }
                return null;
        }
    }
}
