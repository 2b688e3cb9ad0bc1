package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;

/**
 * Connections that failed before they could carry an exchange: the TCP connect succeeded, the TLS handshake (or
 * the host name check) did not (docs/contracts.md §2.4). Each is counted at once in its origin's
 * {@code failedConnections} and reported as a {@code failed connection} line, never as a new connection; a
 * connect that itself failed stays a failed connect of its endpoint.
 */
public final class ConnectionFailures {

    private final ConnectionTracker tracker;
    private final EventSink sink;

    ConnectionFailures(ConnectionTracker tracker, EventSink sink) {
        this.tracker = tracker;
        this.sink = sink;
    }

    /** {@code client}'s connection to {@code origin}, asked for at {@code site}, failed with {@code error}. */
    public void failed(String client, Origin origin, String site, Throwable error) {
        if (tracker.tracks(origin)) {
            report(tracker.stats(origin), client, site, error);
        }
    }

    /**
     * The connection {@code key}, registered when its TCP connect succeeded, failed with {@code error} before its
     * first exchange: it is dropped without being announced, and its pool remembers {@code failed} as the reason
     * for its next new connection. One that already carried an exchange just closes with {@code failed}.
     */
    public void failed(Object key, Throwable error) {
        ConnectionRecord c = tracker.find(key);
        if (c == null) {
            return;
        }
        boolean used;
        synchronized (c.pool) {
            used = c.uses > 0 || c.announced || c.state == ConnectionRecord.State.CLOSED;
            if (!used) {
                c.state = ConnectionRecord.State.CLOSED;
                c.announced = true; // never to be reported as new, also not by announcePending
                c.closeCause = CloseCause.FAILED;
                c.pool.remove(c, CloseCause.FAILED);
            }
        }
        if (used) {
            tracker.closed(key, CloseCause.FAILED);
            return;
        }
        tracker.forget(key);
        report(c.stats, c.client(), c.site(), error);
    }

    private void report(OriginStats stats, String client, String site, Throwable error) {
        stats.failedConnections.increment();
        sink.failedConnection(new FailedConnection(stats.label(), client,
                error == null ? "unknown" : error.getClass().getSimpleName(), site));
    }
}
