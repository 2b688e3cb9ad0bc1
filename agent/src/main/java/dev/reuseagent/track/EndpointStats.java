package dev.reuseagent.track;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Transport truth for one endpoint (host:port as the application named it): every TCP connect the JVM made,
 * whether or not an HTTP client the agent knows claimed it.
 */
public final class EndpointStats {

    private final String label;
    private long tcpConnects;
    private long attributed;
    private long failedConnects;
    private long connectNanos;
    private long tlsFull;
    private long tlsResumed;
    private final Map<String, Long> sites = new LinkedHashMap<>();
    static final int MAX_SITES = 100;

    EndpointStats(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    synchronized void recordConnect(long nanos, String site) {
        tcpConnects++;
        connectNanos += nanos;
        if (site != null && (sites.size() < MAX_SITES || sites.containsKey(site))) {
            sites.merge(site, 1L, Long::sum);
        }
    }

    synchronized void recordFailure() {
        failedConnects++;
    }

    synchronized void recordAttributed() {
        attributed++;
    }

    synchronized void recordTls(boolean resumed) {
        if (resumed) {
            tlsResumed++;
        } else {
            tlsFull++;
        }
    }

    public synchronized Snapshot snapshot() {
        Snapshot s = new Snapshot();
        s.endpoint = label;
        s.tcpConnects = tcpConnects;
        s.attributed = attributed;
        s.failedConnects = failedConnects;
        s.connectNanos = connectNanos;
        s.tlsFull = tlsFull;
        s.tlsResumed = tlsResumed;
        s.sites.putAll(sites);
        return s;
    }

    /** A plain copy of one endpoint's counters. */
    public static final class Snapshot {
        public String endpoint;
        public long tcpConnects;
        public long attributed;
        public long failedConnects;
        public long connectNanos;
        public long tlsFull;
        public long tlsResumed;
        /** The application lines behind the connects, attributed or not (up to 100 distinct sites). */
        public final Map<String, Long> sites = new LinkedHashMap<>();
    }
}
