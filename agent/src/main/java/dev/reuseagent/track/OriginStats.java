package dev.reuseagent.track;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.model.Reason;
import dev.reuseagent.util.Counts;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters for one origin (or for "other", once the registry is full). The reused path only increments atomics
 * that the connection record already points to; everything else is updated on the rare new/close path under
 * this object's lock.
 */
public final class OriginStats {

    private final Origin origin;
    private final String label;
    /** Distinct sites remembered per origin; further sites still count in the totals. */
    static final int MAX_SITES = 100;

    // LongAdder: many threads on one origin must not contend on one cache line per request.
    final LongAdder requests = new LongAdder();
    final LongAdder reused = new LongAdder();
    final LongAdder failedExchanges = new LongAdder();
    /** Connections that failed before carrying an exchange (a TLS handshake failed). */
    final LongAdder failedConnections = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> clients = new ConcurrentHashMap<>();
    /** Requests that queued for a connection from a bounded pool (Apache HttpClient). */
    final LeaseWaits leaseWaits = new LeaseWaits();

    /** Set under a pool lock when any pool of the JVM first connects to this origin. */
    volatile boolean everConnected;

    // Guarded by this.
    private long newConnections;
    private final EnumMap<Reason, Long> reasons = new EnumMap<>(Reason.class);
    private final EnumMap<CloseCause, Long> closes = new EnumMap<>(CloseCause.class);
    private long tlsFull;
    private long tlsResumed;
    private long tlsNanos;
    private long connectNanos;
    private final Map<String, Long> sites = new LinkedHashMap<>();
    private final Map<String, Long> sitesByReason = new LinkedHashMap<>();

    OriginStats(Origin origin, String label) {
        this.origin = origin;
        this.label = label;
    }

    /** Null for the "other" bucket. */
    public Origin origin() {
        return origin;
    }

    public String label() {
        return label;
    }

    LongAdder clientCounter(String client) {
        LongAdder counter = clients.get(client);
        if (counter == null) {
            LongAdder created = new LongAdder();
            counter = clients.putIfAbsent(client, created);
            if (counter == null) {
                counter = created;
            }
        }
        return counter;
    }

    synchronized void recordNew(ConnectionRecord c) {
        newConnections++;
        Counts.increment(reasons, c.reason);
        connectNanos += c.connectNanos;
        c.countedNew = true;
        String tls = c.tls;
        if (tls != null) {
            recordTls("resumed".equals(tls), c.tlsNanos);
        }
        if (c.site != null) {
            countBounded(sites, c.site);
            countBounded(sitesByReason, c.reason.label() + " " + c.site);
        }
    }

    /** A handshake of a connection counted new (now, or earlier when it ended after the opening was announced). */
    synchronized void recordTls(boolean resumed, long nanos) {
        if (resumed) {
            tlsResumed++;
        } else {
            tlsFull++;
        }
        tlsNanos += nanos;
    }

    private static void countBounded(Map<String, Long> counts, String key) {
        if (counts.size() < MAX_SITES || counts.containsKey(key)) {
            Counts.increment(counts, key);
        }
    }

    synchronized void recordClose(CloseCause cause) {
        Counts.increment(closes, cause);
    }

    /** A consistent copy for reports. */
    public synchronized Snapshot snapshot() {
        Snapshot s = new Snapshot();
        s.origin = label;
        s.requests = requests.sum();
        s.reusedConnections = reused.sum();
        s.failedExchanges = failedExchanges.sum();
        s.failedConnections = failedConnections.sum();
        s.newConnections = newConnections;
        for (Map.Entry<String, LongAdder> e : clients.entrySet()) {
            s.clients.put(e.getKey(), e.getValue().sum());
        }
        for (Map.Entry<Reason, Long> e : reasons.entrySet()) {
            s.reasons.put(e.getKey().label(), e.getValue());
        }
        for (Map.Entry<CloseCause, Long> e : closes.entrySet()) {
            s.closes.put(e.getKey().label(), e.getValue());
        }
        s.tlsFull = tlsFull;
        s.tlsResumed = tlsResumed;
        s.tlsNanos = tlsNanos;
        s.connectNanos = connectNanos;
        s.sites.putAll(sites);
        s.sitesByReason.putAll(sitesByReason);
        s.leaseWaits = leaseWaits.snapshot();
        return s;
    }

    /** A plain copy of one origin's counters. */
    public static final class Snapshot {
        public String origin;
        public long requests;
        public long newConnections;
        public long reusedConnections;
        public long failedExchanges;
        public long failedConnections;
        public final Map<String, Long> clients = new TreeMap<>();
        public final Map<String, Long> reasons = new LinkedHashMap<>();
        public final Map<String, Long> closes = new LinkedHashMap<>();
        public long tlsFull;
        public long tlsResumed;
        public long tlsNanos;
        public long connectNanos;
        public final Map<String, Long> sites = new LinkedHashMap<>();
        /** "reason site" to count, for hints that name the line behind each reason. */
        public final Map<String, Long> sitesByReason = new LinkedHashMap<>();
        /** Requests that waited for a pooled connection; never null. */
        public LeaseWaits.Snapshot leaseWaits = new LeaseWaits.Snapshot();

        public double reusePercent() {
            long total = newConnections + reusedConnections;
            return total == 0 ? 0.0 : Math.round(1000.0 * reusedConnections / total) / 10.0;
        }
    }
}
