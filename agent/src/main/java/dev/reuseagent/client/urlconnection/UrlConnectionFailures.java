package dev.reuseagent.client.urlconnection;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;

/**
 * HttpURLConnection's failures on the wire, as the agent tells them apart (docs/contracts.md §2.4, §2.5): an
 * exchange that failed before its answer (held by {@link UrlConnectionTracking#closing} until parseHTTP's exit), a
 * body that broke off and was handed to the JDK's cleaner, a TLS handshake that failed after the TCP connect.
 */
final class UrlConnectionFailures {

    private final ConnectionTracker tracker;

    UrlConnectionFailures(ConnectionTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * parseHTTP closed {@code record} while failing and then threw {@code thrown} (null: it retried). A read
     * timeout, or any failure on a connection that never answered before, means the server had the request: a
     * failed exchange, counted now, and the close is {@code failed}. A reused connection that died before any
     * answer was dead while idle ({@code stale}): the server never saw the request, which the JDK sends again on
     * a new connection.
     */
    CloseCause failedBeforeAnswer(ConnectionRecord record, Throwable thrown) {
        if (thrown instanceof java.net.SocketTimeoutException || record.uses() == 0) {
            tracker.exchangeDone(record, false);
            return CloseCause.FAILED;
        }
        return CloseCause.STALE;
    }

    /**
     * The TLS handshake (or host name check) of the HTTPS connection {@code client}, registered when its TCP
     * connect succeeded, threw: a failed connection, reported now and never as a new one.
     */
    void setupFailed(Object client, Throwable thrown) {
        tracker.failedConnections().failed(client, thrown);
    }

    /** A response body's read threw on this thread: remembered for when its stream is closed. */
    void bodyReadFailed(UrlConnectionThreadState state, Object stream) {
        state.failedBody = System.identityHashCode(stream) | 1;
    }

    /**
     * KeepAliveStream#close handed a body with unread bytes to the JDK's cleaner thread, which reads the rest and
     * returns the connection to the cache, or closes it if the rest never comes. The body broke off if a read of
     * it had thrown (a reset), or if the close comes from the read that met the end of the stream before the
     * promised length ({@code MeteredStream#justRead(-1)}; JDK 17 hands such a short body to the application as
     * if complete). Then the exchange failed now: until the cleaner closes the connection, a new one the
     * application opens is there because of that failure, not because it abandoned a response. Otherwise the
     * application closed the body early, and the cleaner may well bring the connection back.
     */
    void handedToCleaner(UrlConnectionThreadState state, Object stream, Object client) {
        boolean readFailed = state.failedBody != 0 && state.failedBody == (System.identityHashCode(stream) | 1);
        state.failedBody = 0;
        if (readFailed || UrlConnectionCloseCauses.callers().contains("sun.net.www.MeteredStream#justRead")) {
            tracker.failures().exchangeFailed(tracker.find(client));
        }
    }
}
