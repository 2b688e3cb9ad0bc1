package dev.reuseagent.track;

import dev.reuseagent.util.Counts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests of one origin that had to wait for a connection from a bounded pool (Apache HttpClient's per-route
 * and total limits): how many, how long in total and at most, how many gave up ("Timeout waiting for
 * connection from pool"), and the application lines that waited. Updated only when a request really queued,
 * never on the ordinary path.
 */
public final class LeaseWaits {

    /** Distinct sites remembered; further sites still count in the totals. */
    static final int MAX_SITES = 100;

    // Guarded by this.
    private long waits;
    private long timeouts;
    private long totalNanos;
    private long maxNanos;
    private final Map<String, Long> sites = new LinkedHashMap<>();

    synchronized void record(long nanos, boolean timedOut, String site) {
        waits++;
        if (timedOut) {
            timeouts++;
        }
        totalNanos += nanos;
        maxNanos = Math.max(maxNanos, nanos);
        if (site != null && (sites.size() < MAX_SITES || sites.containsKey(site))) {
            Counts.increment(sites, site);
        }
    }

    synchronized Snapshot snapshot() {
        Snapshot s = new Snapshot();
        s.waits = waits;
        s.timeouts = timeouts;
        s.totalNanos = totalNanos;
        s.maxNanos = maxNanos;
        s.sites.putAll(sites);
        return s;
    }

    /** A plain copy for reports. */
    public static final class Snapshot {
        /** Leases that queued because the pool's limit for the route (or in total) was reached. */
        public long waits;
        /** Of those, the ones that gave up at the connection-request timeout. */
        public long timeouts;
        public long totalNanos;
        public long maxNanos;
        /** The application line that waited, to count. */
        public final Map<String, Long> sites = new LinkedHashMap<>();
    }
}
