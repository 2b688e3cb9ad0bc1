package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.model.CloseCause;

import java.util.List;

/**
 * Why Apache HttpClient 5.x async closed a connection, read from who called
 * {@code DefaultManagedAsyncClientConnection#close} and from the connection's state: the pool or manager being
 * closed (the client was closed; its I/O reactor may have closed the sockets just before), an idle or expiry
 * eviction, a lease that found it past its keep-alive or time-to-live, or one that made room for a new connection
 * at the pool's limit. Otherwise a connection whose session had already ended was closed by the server (or by the
 * protocol after a {@code Connection: close} response) and is discarded now; an open one closed elsewhere is
 * {@code unknown}. Frames verified against httpclient5 5.5.1 / httpcore5 5.3.6.
 */
final class Apache5AsyncCloseCauses {

    private static final String MANAGER = "org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager";
    private static final String POOL = "org.apache.hc.core5.pool.";

    private Apache5AsyncCloseCauses() {
    }

    /**
     * @param callers the callers, nearest first, without agent and JDK frames
     * @param open    the connection's session was still open when it was closed
     * @param expired its pool entry's expiry deadline (keep-alive, time-to-live) had passed
     */
    static CloseCause classify(List<Caller> callers, boolean open, boolean expired) {
        for (Caller caller : callers) {
            String cls = caller.cls();
            if (!cls.startsWith("org.apache.hc.")) {
                break; // the application, or its own thread
            }
            CloseCause cause = cause(cls, caller.method(), expired);
            if (cause != null) {
                return cause;
            }
        }
        return open ? CloseCause.UNKNOWN : CloseCause.SERVER_CLOSED;
    }

    private static CloseCause cause(String cls, String method, boolean expired) {
        boolean pool = cls.startsWith(POOL + "StrictConnPool") || cls.startsWith(POOL + "LaxConnPool");
        if (pool || cls.startsWith(MANAGER)) {
            if (method.equals("close") || method.equals("shutdown")) {
                return CloseCause.APP_CLOSED; // the client, and with it its connection manager, was closed
            }
            if (method.startsWith("closeIdle") || method.startsWith("closeExpired")
                    || method.startsWith("closeIfExpired") || method.startsWith("lambda$closeIdle")
                    || method.startsWith("lambda$closeExpired")) {
                return CloseCause.IDLE_TIMEOUT;
            }
        }
        if (pool && (method.equals("processPendingRequest") || method.equals("getAvailableEntry"))) {
            // a lease passing over an expired idle connection; or (strict pool) making room at the pool's limit
            return expired ? CloseCause.IDLE_TIMEOUT
                    : method.equals("processPendingRequest") ? CloseCause.POOL_FULL : null;
        }
        if (cls.startsWith(MANAGER + "$") && method.equals("completed")) {
            return CloseCause.IDLE_TIMEOUT; // past its time-to-live when leased
        }
        if (cls.startsWith("org.apache.hc.client5.http.impl.IdleConnectionEvictor")) {
            return CloseCause.IDLE_TIMEOUT;
        }
        return null; // release, discard: the state of the connection says why
    }
}
