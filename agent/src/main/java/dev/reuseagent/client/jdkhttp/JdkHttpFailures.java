package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportTracker;

/**
 * What a failed synchronous {@code send} tells about its connection (docs/contracts.md §2.4, §2.5): the exchange
 * on it failed, as the application sees it, or its new connection never got through its TLS handshake. The
 * JDK closes such a connection on its own threads, a moment later, through {@link JdkHttpTracking#closing}.
 */
final class JdkHttpFailures {

    private final ConnectionTracker tracker;
    private final TransportTracker transport;

    JdkHttpFailures(ConnectionTracker tracker, TransportTracker transport) {
        this.tracker = tracker;
        this.transport = transport;
    }

    /**
     * A synchronous send threw. If it was an I/O error on the connection it had (its body broke off, no answer in
     * time), that exchange failed now, as the application sees it, and not when the JDK gets round to closing the
     * connection: until then it is busy, and the application's next request must not read as having abandoned
     * its response ({@code body-not-consumed}) or waited for a busy pool. A reused connection found dead at once
     * stays for the close to call {@code stale}.
     */
    void sendFailed(JdkHttpThreadState s, Throwable thrown) {
        JdkHttpTracking.PendingOpen p = s.lastPending;
        if (p != null && thrown.getClass().getName().startsWith("javax.net.ssl.")) {
            tlsFailed(p, thrown);
            return;
        }
        ConnectionRecord record = s.lastRecord;
        if (record != null && thrown instanceof java.io.IOException) {
            boolean timedOut = thrown.getClass().getName().endsWith("TimeoutException"); // java.net.http's own
            tracker.failures().broke(record, timedOut, CloseCause.STALE);
        }
    }

    /**
     * The new connection {@code p} of a synchronous send failed its TLS handshake (or host name check) after its
     * TCP connect: a failed connection, reported before the application gets the exception, and never registered.
     * (A {@code sendAsync} whose handshake fails leaves its connect unattributed: no hook sees its exception.)
     */
    private void tlsFailed(JdkHttpTracking.PendingOpen p, Throwable thrown) {
        TransportConnect connect;
        synchronized (p) {
            if (p.record != null) {
                return;
            }
            connect = transport.claim(p.channel);
        }
        if (connect != null) {
            transport.attributeFailed(connect, JdkHttpSlice.NAME);
            tracker.failedConnections().failed(JdkHttpSlice.NAME, p.origin, p.site, thrown);
        }
    }
}
