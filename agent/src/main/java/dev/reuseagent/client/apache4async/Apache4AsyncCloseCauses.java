package dev.reuseagent.client.apache4async;

import dev.reuseagent.client.apache.ApacheCallers.Caller;
import dev.reuseagent.client.apache.Reflection;
import dev.reuseagent.model.CloseCause;

import java.util.List;

/**
 * Why HttpAsyncClient 4.1 closed a connection, read from who called {@code CPoolEntry#closeConnection} (or
 * {@code #shutdownConnection}). A cause decided earlier (the reuse decision after a response) takes precedence
 * and is applied by the caller. Frames verified against httpasyncclient 4.1.5 / httpcore-nio 4.4.15.
 */
final class Apache4AsyncCloseCauses {

    private static final String POOL = "org.apache.http.nio.pool.AbstractNIOConnPool";
    private static final String MANAGER = "org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager";
    private static final String CLIENT = "org.apache.http.impl.nio.client.";

    /** The entry's state when its close began: its connection was closed already (by the peer), or it expired. */
    enum EntryState { CLOSED, EXPIRED, OPEN }

    private Apache4AsyncCloseCauses() {
    }

    /**
     * Reads the entry's state reflectively ({@code PoolEntry#getExpiry}, {@code CPoolEntry#isClosed}): close paths
     * only. Expiry first: a server that ends an idle connection at the keep-alive timeout it announced has closed a
     * connection the client would have expired anyway.
     */
    static EntryState closedOrExpired(Object entry) {
        try {
            Object expiry = Reflection.call(entry, "getExpiry");
            if (expiry instanceof Long && (Long) expiry <= System.currentTimeMillis()) {
                return EntryState.EXPIRED;
            }
            return Boolean.TRUE.equals(Reflection.call(entry, "isClosed")) ? EntryState.CLOSED : EntryState.OPEN;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return EntryState.OPEN;
        }
    }

    /**
     * @param callers the callers, nearest first, without agent and JDK frames
     * @param entry   the entry's state when its close began
     */
    static CloseCause classify(List<Caller> callers, EntryState entry) {
        for (Caller caller : callers) {
            String cls = caller.cls();
            String method = caller.method();
            if (!cls.startsWith("org.apache.http.")) {
                return CloseCause.UNKNOWN; // the application closed the connection itself
            }
            CloseCause cause = cause(cls, method, entry);
            if (cause != null) {
                return cause;
            }
        }
        return CloseCause.UNKNOWN;
    }

    /** The cause this frame decides, or null to look further up. */
    private static CloseCause cause(String cls, String method, EntryState entry) {
        if (cls.equals(POOL)) {
            switch (method) {
                case "processPendingRequest":
                    // a lease found its free entry closed by the server while idle, or expired; or it evicted an
                    // idle one to stay within the per-route or total limit
                    return entry == EntryState.CLOSED ? CloseCause.STALE
                            : entry == EntryState.EXPIRED ? CloseCause.IDLE_TIMEOUT : CloseCause.POOL_FULL;
                case "closeIdle":
                case "closeExpired":
                    return CloseCause.IDLE_TIMEOUT;
                case "shutdown":
                    return CloseCause.APP_CLOSED;
                default:
                    return null; // release: the caller says why
            }
        }
        if (cls.equals(MANAGER)) {
            switch (method) {
                case "shutdown":
                    return CloseCause.APP_CLOSED;
                case "closeIdleConnections":
                case "closeExpiredConnections":
                    return CloseCause.IDLE_TIMEOUT;
                default:
                    return null;
            }
        }
        if (cls.equals(CLIENT + "AbstractClientExchangeHandler")) {
            // releaseConnection without a reuse decision seen: not kept alive; discardConnection: the exchange
            // failed or was cancelled
            return method.equals("releaseConnection") ? CloseCause.SERVER_CLOSED : CloseCause.UNKNOWN;
        }
        if (cls.startsWith(CLIENT + "CloseableHttpAsyncClient")) {
            return CloseCause.APP_CLOSED;
        }
        return null;
    }
}
