package dev.reuseagent.report;

import dev.reuseagent.config.FailOn;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.OriginStats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one summary shows, copied at one moment; rendered as text and as JSON. */
public final class Summary {

    public String agentVersion;
    public long pid;
    public String javaVersion;
    /** The JVM's uptime (JSON only: reading it costs a cold JVM milliseconds, so it is read when written). */
    public long uptimeMs;
    /** How long the agent has been watching: the period the counts cover (since premain, or since an attach). */
    public long observedMs;
    public final List<OriginStats.Snapshot> origins = new ArrayList<>();
    public final List<EndpointStats.Snapshot> endpoints = new ArrayList<>();
    public long adviceErrors;
    public long droppedEvents;
    public String firstAdviceError;
    /** What enforcement repaired, per client and repair, in the order the repairs first ran. */
    public final List<EnforcedCount> enforced = new ArrayList<>();
    /** Each client's own hint texts, by client name; a client not listed gets the generic ones. */
    public final Map<String, ClientHints> clientHints = new LinkedHashMap<>();
    /** The CI guard to judge this summary by; null or none when there is none. */
    public FailOn failOn;
    /** Relocated copies of known clients recognised in this run (reported under the client's name). */
    public final List<RelocatedClient> relocatedClients = new ArrayList<>();
    /** Things the user should know about this run (ignored options, classes that could not be instrumented). */
    public final List<String> notes = new ArrayList<>();

    /** Keeps only entries with traffic and orders them: most new connections first. */
    public void addOrigins(List<OriginStats> stats) {
        for (OriginStats s : stats) {
            OriginStats.Snapshot snap = s.snapshot();
            if (snap.requests + snap.newConnections + snap.failedExchanges + snap.failedConnections
                    + snap.leaseWaits.waits > 0) {
                origins.add(snap);
            }
        }
        origins.sort(new MostNewConnectionsFirst());
    }

    public void addEndpoints(List<EndpointStats> stats) {
        for (EndpointStats s : stats) {
            EndpointStats.Snapshot snap = s.snapshot();
            if (snap.tcpConnects + snap.failedConnects > 0) {
                endpoints.add(snap);
            }
        }
        endpoints.sort(new MostConnectsFirst());
    }

    /** The key with the largest count, or null for no counts. */
    public static String top(Map<String, Long> counts) {
        String best = null;
        long bestCount = -1;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Most new connections first, then most requests, then by name (a class: the agent is lambda-free). */
    private static final class MostNewConnectionsFirst implements Comparator<OriginStats.Snapshot> {
        @Override
        public int compare(OriginStats.Snapshot a, OriginStats.Snapshot b) {
            int c = Long.compare(b.newConnections, a.newConnections);
            if (c == 0) {
                c = Long.compare(b.requests, a.requests);
            }
            return c != 0 ? c : a.origin.compareTo(b.origin);
        }
    }

    /** Most TCP connects first, then by name. */
    private static final class MostConnectsFirst implements Comparator<EndpointStats.Snapshot> {
        @Override
        public int compare(EndpointStats.Snapshot a, EndpointStats.Snapshot b) {
            int c = Long.compare(b.tcpConnects, a.tcpConnects);
            return c != 0 ? c : a.endpoint.compareTo(b.endpoint);
        }
    }
}
