package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.util.CallerFrames;

import java.util.List;

/**
 * Why OkHttp retired a connection, read from who set its {@code noNewExchanges} flag. That happens in a dozen
 * places (body sources, the pool's cleanup, evictAll, health checks, the Connection: close check), always once
 * per connection and never on the reused path, so a short stack walk here is cheaper than a hook in each of them.
 * The nearest caller that means something decides. Class and method names are the same in 4.12 and 5.x, except
 * where both are listed.
 */
final class OkHttpCloseCauses {

    private static final int MAX_FRAMES = 16;

    private static final String CONNECTION = "okhttp3.internal.connection.RealConnection";
    private static final String POOL = "okhttp3.internal.connection.RealConnectionPool";
    private static final String HTTP1_CODEC = "okhttp3.internal.http1.Http1ExchangeCodec";

    /** Who retired the connection; most map straight to a cause, a few need what only the tracking knows. */
    enum Retirer {
        /** The response body was closed with bytes unread (and not drained within OkHttp's 100 ms). */
        BODY_UNREAD(CloseCause.BODY_NOT_CONSUMED),
        /** The server ended the body before its promised length: the exchange failed (contracts §2.5). */
        BODY_TRUNCATED(CloseCause.FAILED),
        /** A response without length: the server closes the connection to end it. */
        UNKNOWN_LENGTH(CloseCause.SERVER_CLOSED),
        /** An I/O error while reading a body (a reset, a read timeout; or the call was cancelled). */
        BODY_IO_ERROR(CloseCause.FAILED),
        /** {@code Connection: close} in the request or the response, or a refused {@code Expect: 100-continue}. */
        CONNECTION_HEADER(CloseCause.SERVER_CLOSED),
        /** The pool's cleanup evicted it: idle too long, or more idle connections than allowed. */
        POOL_CLEANUP(null),
        /** {@code ConnectionPool#evictAll()}: the application shut the pool down. */
        EVICT_ALL(CloseCause.APP_CLOSED),
        /** The pool found a call that was garbage-collected with its response body never closed. */
        LEAK(CloseCause.BODY_NOT_CONSUMED),
        /** The last call released it after it was retired, or with a pool that keeps no idle connection. */
        BECAME_IDLE(null),
        /** A health check failed before reuse (a dead socket, an HTTP/2 connection shut down). */
        UNHEALTHY(CloseCause.STALE),
        OTHER(CloseCause.UNKNOWN);

        final CloseCause cause;

        Retirer(CloseCause cause) {
            this.cause = cause;
        }
    }

    private OkHttpCloseCauses() {
    }

    /** The callers on this thread, nearest first, as {@code class#method}. */
    static List<String> callers() {
        return CallerFrames.nearest(MAX_FRAMES);
    }

    /** @param callers {@code class#method} frames, nearest first */
    static Retirer retirer(List<String> callers) {
        for (String frame : callers) {
            int hash = frame.indexOf('#');
            String cls = frame.substring(0, hash);
            String method = frame.substring(hash + 1);
            if (cls.startsWith("dev.reuseagent.") || cls.startsWith("java.")) {
                continue; // the agent's own frames
            }
            switch (cls) {
                case CONNECTION:
                    if (method.startsWith("noNewExchanges") || method.equals("setNoNewExchanges")
                            || method.startsWith("trackFailure")) {
                        continue; // the flag itself
                    }
                    return Retirer.OTHER; // e.g. a WebSocket taking the connection over
                case HTTP1_CODEC + "$FixedLengthSource":
                case HTTP1_CODEC + "$ChunkedSource":
                    return method.equals("close") ? Retirer.BODY_UNREAD : Retirer.BODY_TRUNCATED;
                case HTTP1_CODEC + "$AbstractSource":
                    return Retirer.BODY_IO_ERROR;
                case HTTP1_CODEC:
                    return method.equals("newUnknownLengthSource") ? Retirer.UNKNOWN_LENGTH : Retirer.OTHER;
                case "okhttp3.internal.connection.Exchange":
                    return method.equals("noNewExchangesOnConnection") ? Retirer.CONNECTION_HEADER : Retirer.OTHER;
                case POOL:
                    switch (method) {
                        case "cleanup":          // 4.12
                        case "closeConnections": // 5.x
                            return Retirer.POOL_CLEANUP;
                        case "evictAll":
                            return Retirer.EVICT_ALL;
                        case "pruneAndGetAllocationCount":
                            return Retirer.LEAK;
                        case "connectionBecameIdle":
                            return Retirer.BECAME_IDLE;
                        default:
                            return Retirer.UNHEALTHY; // 5.x callAcquirePooledConnection's health check
                    }
                case "okhttp3.internal.connection.ExchangeFinder":     // 4.12 findHealthyConnection
                case "okhttp3.internal.connection.RealRoutePlanner":   // 5.x planReuseCallConnection
                    return Retirer.UNHEALTHY;
                default:
                    return Retirer.OTHER;
            }
        }
        return Retirer.OTHER;
    }
}
