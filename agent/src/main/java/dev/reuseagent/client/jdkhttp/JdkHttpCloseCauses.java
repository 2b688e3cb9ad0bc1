package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.util.CallerFrames;

import java.util.List;

/**
 * Why java.net.http closed a connection, read from the stack of its physical close. That close happens in a dozen
 * places, always once per connection and never on the reused path, so a short stack walk there is cheaper than a
 * hook in each. The outermost frame that means something decides: the pool's own close of an expired connection,
 * for instance, also runs the cleanup that would otherwise read as the server dropping it.
 */
final class JdkHttpCloseCauses {

    private static final int MAX_FRAMES = 48;
    private static final String PKG = JdkHttpInstrumentation.PACKAGE;

    private JdkHttpCloseCauses() {
    }

    /** The callers on this thread, nearest first, as {@code class#method}. */
    static List<String> callers() {
        return CallerFrames.nearest(MAX_FRAMES);
    }

    /** @param callers {@code class#method} frames, nearest first */
    static CloseCause cause(List<String> callers) {
        CloseCause cause = CloseCause.UNKNOWN;
        boolean inReadBody = false;
        for (String frame : callers) {
            CloseCause c = meaning(frame);
            if (c != null) {
                cause = c; // keep going: the outermost meaningful frame wins
            }
            inReadBody |= frame.startsWith(PKG + "Http1Response#lambda$readBody");
        }
        // JDK 25 closes a connection whose body failed from readBody's completion (close(Throwable)); nothing
        // else said why: a read error, which the tracking tells from a dead idle connection as for onReadError.
        return cause == CloseCause.UNKNOWN && inReadBody ? CloseCause.STALE : cause;
    }

    private static CloseCause meaning(String frame) {
        if (!frame.startsWith(PKG)) {
            return null;
        }
        switch (frame.substring(PKG.length())) {
            case "HttpClientImpl#stop":
            case "HttpClientImpl#shutdown":
            case "HttpClientImpl#shutdownNow":
            case "HttpClientImpl#close":
            case "ConnectionPool#stop":
                return CloseCause.APP_CLOSED;
            case "ConnectionPool#purgeExpiredConnectionsAndReturnNextDeadline":
            case "Http2Connection$IdleConnectionTimeoutEvent#handle":
                return CloseCause.IDLE_TIMEOUT;
            case "ConnectionPool#returnToPool":
                return CloseCause.POOL_FULL; // more idle connections than jdk.httpclient.connectionPoolSize
            case "ConnectionPool#cleanup":
            case "Http1Response#onReadError":
            case "HttpConnection#getConnection":
                return CloseCause.STALE; // dead while idle in the pool, found on reuse or by its cleanup trigger
            case "HttpConnection#closeOrReturnToCache":
            case "Http2Connection#handleGoAway":
                return CloseCause.SERVER_CLOSED; // end of stream, Connection: close, GOAWAY
            case "Http1AsyncReceiver$Http1AsyncDelegateSubscription#cancel":
                return CloseCause.BODY_NOT_CONSUMED; // the body stream closed (or cancelled) before its end
            case "ResponseTimerEvent#handle":
                return CloseCause.FAILED; // the request's timeout: sent, never answered in time (or never connected)
            case "Http1Response#ignoreBody":
                return CloseCause.REDIRECT;
            default:
                return null;
        }
    }
}
