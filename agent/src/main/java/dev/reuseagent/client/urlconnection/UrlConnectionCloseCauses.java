package dev.reuseagent.client.urlconnection;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.util.CallerFrames;

import java.util.List;

/**
 * Why the JDK's HttpURLConnection closed a connection, read from who called {@code HttpClient#closeServer}.
 * Closing is rare next to reuse, so a short stack walk here costs nothing that matters, and it needs no hook in
 * each of the many JDK places that close. The nearest caller that means something decides.
 */
final class UrlConnectionCloseCauses {

    private static final int MAX_FRAMES = 24;

    private UrlConnectionCloseCauses() {
    }

    /** The callers of closeServer on this thread, nearest first, as {@code class#method}. */
    static List<String> callers() {
        return CallerFrames.nearest(MAX_FRAMES);
    }

    /**
     * @param callers         {@code class#method} frames, nearest first
     * @param returningThis   the connection being closed is the one being put into the keep-alive cache
     * @param keepAliveOn     {@code http.keepAlive} is not false
     * @param wasReused       the connection had carried an exchange before
     */
    static CloseCause classify(List<String> callers, boolean returningThis, boolean keepAliveOn, boolean wasReused) {
        for (String frame : callers) {
            int hash = frame.indexOf('#');
            String cls = frame.substring(0, hash);
            String method = frame.substring(hash + 1);
            if (!cls.startsWith("sun.net.")) {
                if (cls.startsWith("dev.reuseagent.") || cls.startsWith("java.")) {
                    continue; // the agent's own frames, and JDK plumbing such as streams' close
                }
                return CloseCause.UNKNOWN;
            }
            switch (cls) {
                case "sun.net.www.http.HttpClient":
                case "sun.net.www.protocol.https.HttpsClient":
                    if (method.equals("finished")) {
                        return keepAliveOn ? CloseCause.SERVER_CLOSED : CloseCause.APP_CLOSED;
                    }
                    if (method.equals("closeIdleConnection")) {
                        return CloseCause.APP_CLOSED;
                    }
                    if (method.equals("parseHTTP") || method.equals("parseHTTPHeader")) {
                        return wasReused ? CloseCause.STALE : CloseCause.UNKNOWN;
                    }
                    if (method.equals("New")) {
                        return CloseCause.STALE; // a cached connection found dead before a streaming POST
                    }
                    continue; // closeServer itself, lock helpers
                case "sun.net.www.http.KeepAliveStreamCleaner":
                    // It closes only when the rest of a body it was given to skip never came (an early end of
                    // stream, a reset, 5 reads of 5 s): the server's or the network's failure; a rest that came
                    // keeps the connection.
                    return CloseCause.FAILED;
                case "sun.net.www.http.KeepAliveStream":
                case "sun.net.www.http.ChunkedInputStream":
                    return CloseCause.BODY_NOT_CONSUMED;
                case "sun.net.www.http.KeepAliveCache":
                    if (method.equals("put")) {
                        // timeout=0 from the server closes the returned connection; otherwise the idle cap evicts
                        return returningThis ? CloseCause.SERVER_CLOSED : CloseCause.POOL_FULL;
                    }
                    return CloseCause.IDLE_TIMEOUT; // the Keep-Alive-Timer sweep
                case "sun.net.www.protocol.http.HttpURLConnection":
                    switch (method) {
                        case "disconnect":
                            return CloseCause.APP_CLOSED; // the public API
                        case "disconnectInternal":
                            continue; // internal: its caller says why
                        case "followRedirect0":
                        case "followRedirect":
                            return CloseCause.REDIRECT; // the JDK breaks keep-alive on every redirect
                        case "disconnectWeb":
                            return CloseCause.AUTH_CHALLENGE; // a 401 answered on a new connection
                        default:
                            return CloseCause.UNKNOWN; // error handling in getInputStream and the like
                    }
                default:
                    if (cls.startsWith("sun.net.www.protocol.http.HttpURLConnection$")
                            || cls.startsWith("sun.net.www.protocol.https.")) {
                        continue; // input stream wrappers and delegates on the way from disconnect()
                    }
                    if (cls.startsWith("sun.net.www.http.") || cls.equals("sun.net.NetworkClient")) {
                        continue;
                    }
                    return CloseCause.UNKNOWN;
            }
        }
        return CloseCause.UNKNOWN;
    }
}
