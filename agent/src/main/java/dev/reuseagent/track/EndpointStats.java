package dev.reuseagent.track;

import dev.reuseagent.model.Clients;
import dev.reuseagent.util.Counts;

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
    /** Connects a client made and then dropped unused: raced or coalesced (OkHttp). */
    private long discarded;
    private long failedConnects;
    private long connectNanos;
    private long tlsFull;
    private long tlsResumed;
    private final Map<String, Long> sites = new LinkedHashMap<>();
    /** The sites of the connects no client claimed (yet): what the summary shows under client unknown. */
    private final Map<String, Long> unattributedSites = new LinkedHashMap<>();
    /** Attributed connects by the claiming client's name. */
    private final Map<String, Long> clients = new LinkedHashMap<>();
    static final int MAX_SITES = 100;

    EndpointStats(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public synchronized void recordConnect(long nanos, String site) {
        tcpConnects++;
        connectNanos += nanos;
        if (site != null && (sites.size() < MAX_SITES || sites.containsKey(site))) {
            Counts.increment(sites, site);
            Counts.increment(unattributedSites, site);
        }
    }

    public synchronized void recordFailure() {
        failedConnects++;
    }

    /** A client claimed a connect made at {@code site}; {@code client} is its name, or null if not known. */
    public synchronized void recordAttributed(String site, String client) {
        attributed++;
        if (site != null) {
            Counts.decrement(unattributedSites, site);
        }
        if (client != null) {
            Counts.increment(clients, client);
        }
    }

    /**
     * A connect counted as attributed to {@code from} (a transport-level client, Netty) belongs to {@code to}, the
     * HTTP client above it, that claimed it later: the same connect, attributed once.
     */
    public synchronized void recordReattributed(String from, String to) {
        if (from != null) {
            Counts.decrement(clients, from);
        }
        if (to != null) {
            Counts.increment(clients, to);
        }
    }

    /** A client made this connect but closed it unused (it lost a race or was coalesced into another). */
    public synchronized void recordDiscarded(String site) {
        discarded++;
        if (site != null) {
            Counts.decrement(unattributedSites, site);
        }
    }

    public synchronized void recordTls(boolean resumed) {
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
        s.unattributedSites.putAll(unattributedSites);
        s.clients.putAll(clients);
        s.discarded = discarded;
        long unattributed = s.unattributed();
        if (unattributed > 0) {
            s.clients.put(Clients.UNKNOWN, unattributed);
        }
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
        /** The application lines behind the connects no recognised client claimed. */
        public final Map<String, Long> unattributedSites = new LinkedHashMap<>();
        /** Connects by client name; {@code unknown} for those no recognised client claimed. */
        public final Map<String, Long> clients = new LinkedHashMap<>();

        /** Connects a recognised client made but closed unused: lost a race, or coalesced into another. */
        public long discarded;

        public long unattributed() {
            return tcpConnects - attributed - discarded;
        }
    }
}
