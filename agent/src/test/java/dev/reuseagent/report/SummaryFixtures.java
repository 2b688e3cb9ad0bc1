package dev.reuseagent.report;

import dev.reuseagent.client.SliceFixtures;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.OriginStats;

/** The docs/contracts.md §4.3 example summary, built from plain snapshots. */
final class SummaryFixtures {

    static final String SITE = "com.acme.Export.fetch(Export.java:42)";

    private SummaryFixtures() {
    }

    static OriginStats.Snapshot designOrigin() {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = "https://api.example.com:443";
        o.requests = 100;
        o.newConnections = 3;
        o.reusedConnections = 97;
        o.clients.put("okhttp", 100L);
        o.reasons.put("first-use", 1L);
        o.reasons.put("pool-busy", 2L);
        o.closes.put("server-closed", 1L);
        o.tlsFull = 3;
        o.tlsResumed = 0;
        o.tlsNanos = 24_600_000L;
        o.connectNanos = 3_100_000L;
        o.sites.put(SITE, 3L);
        o.sitesByReason.put("first-use " + SITE, 1L);
        o.sitesByReason.put("pool-busy " + SITE, 2L);
        return o;
    }

    static EndpointStats.Snapshot designEndpoint() {
        EndpointStats.Snapshot e = new EndpointStats.Snapshot();
        e.endpoint = "api.example.com:443";
        e.tcpConnects = 3;
        e.attributed = 3;
        e.connectNanos = 3_100_000L;
        e.tlsFull = 3;
        e.sites.put(SITE, 3L);
        return e;
    }

    static Summary designSummary() {
        Summary s = new Summary();
        s.agentVersion = "0.1.0";
        s.pid = 4242;
        s.javaVersion = "17.0.15";
        s.uptimeMs = 5120;
        s.observedMs = 5100;
        s.origins.add(designOrigin());
        s.endpoints.add(designEndpoint());
        return s;
    }

    /** One origin's summary, with the client slices' hint texts. */
    static Summary summaryOf(OriginStats.Snapshot o) {
        Summary s = new Summary();
        s.agentVersion = "0.1.0";
        s.observedMs = 1500;
        s.origins.add(o);
        s.clientHints.putAll(SliceFixtures.hints());
        return s;
    }
}
