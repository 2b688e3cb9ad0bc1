package dev.reuseagent.report;

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
    public long uptimeMs;
    public final List<OriginStats.Snapshot> origins = new ArrayList<>();
    public final List<EndpointStats.Snapshot> endpoints = new ArrayList<>();
    public long adviceErrors;
    public long droppedEvents;
    public String firstAdviceError;
    public final Map<String, Long> enforced = new LinkedHashMap<>();
    /** Each client's own hint texts, by client name; a client not listed gets the generic ones. */
    public final Map<String, ClientHints> clientHints = new LinkedHashMap<>();
    /** Things the user should know about this run (ignored options, classes that could not be instrumented). */
    public final List<String> notes = new ArrayList<>();

    /** Keeps only entries with traffic and orders them: most new connections first. */
    public void addOrigins(List<OriginStats> stats) {
        for (OriginStats s : stats) {
            OriginStats.Snapshot snap = s.snapshot();
            if (snap.requests + snap.newConnections + snap.failedExchanges + snap.leaseWaits.waits > 0) {
                origins.add(snap);
            }
        }
        origins.sort(Comparator.comparingLong((OriginStats.Snapshot o) -> -o.newConnections)
                .thenComparingLong(o -> -o.requests).thenComparing(o -> o.origin));
    }

    public void addEndpoints(List<EndpointStats> stats) {
        for (EndpointStats s : stats) {
            EndpointStats.Snapshot snap = s.snapshot();
            if (snap.tcpConnects + snap.failedConnects > 0) {
                endpoints.add(snap);
            }
        }
        endpoints.sort(Comparator.comparingLong((EndpointStats.Snapshot e) -> -e.tcpConnects)
                .thenComparing(e -> e.endpoint));
    }

    static String top(Map<String, Long> counts) {
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
}
