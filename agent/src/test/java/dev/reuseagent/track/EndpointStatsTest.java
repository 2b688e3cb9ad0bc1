package dev.reuseagent.track;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EndpointStatsTest {

    private static final String APP = "com.acme.Export.fetch(Export.java:42)";
    private static final String VENDORED = "com.acme.Vendored.call(Vendored.java:7)";

    @Test
    void unknownSitesAreTheSitesOfTheConnectsNoClientClaimed() {
        EndpointStats stats = new EndpointStats("api.example.com:443");
        for (int i = 0; i < 3; i++) {
            stats.recordConnect(1_000, APP);
            stats.recordAttributed(APP, "urlconnection");
        }
        stats.recordConnect(1_000, VENDORED);
        stats.recordConnect(1_000, VENDORED);
        EndpointStats.Snapshot s = stats.snapshot();
        assertEquals(Map.of(APP, 3L, VENDORED, 2L), s.sites);
        assertEquals(Map.of(VENDORED, 2L), s.unattributedSites);
        assertEquals(Map.of("urlconnection", 3L, "unknown", 2L), s.clients);
        assertEquals(2, s.unattributed());
    }

    @Test
    void aConnectWithoutSiteOrClientNameStillCounts() {
        EndpointStats stats = new EndpointStats("api.example.com:443");
        stats.recordConnect(1_000, null);
        stats.recordConnect(1_000, null);
        stats.recordAttributed(null, null);
        EndpointStats.Snapshot s = stats.snapshot();
        assertEquals(Map.of(), s.unattributedSites);
        assertEquals(Map.of("unknown", 1L), s.clients);
        assertEquals(1, s.attributed);
    }
}
