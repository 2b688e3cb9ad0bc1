package dev.reuseagent.report;

import dev.reuseagent.util.JsonReader;

import dev.reuseagent.client.SliceFixtures;
import dev.reuseagent.client.apache4.Apache4Slice;
import dev.reuseagent.client.apache5.Apache5Slice;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.reuseagent.util.JsonReader.array;
import static dev.reuseagent.util.JsonReader.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests that waited for a pooled connection: tracker counts, summary text, JSON and hint. */
class LeaseWaitReportTest {

    private static final String SITE = "com.acme.Export.fetch(Export.java:42)";
    private static final Origin API = Origin.of("http", "api.example", -1);

    private final ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE, HostFilter.all(), 100,
            System::nanoTime);

    private Summary summary() {
        Summary s = new Summary();
        s.agentVersion = "0.1.0";
        s.addOrigins(tracker.origins());
        s.clientHints.putAll(SliceFixtures.hints());
        return s;
    }

    private OriginStats.Snapshot origin(Summary s) {
        assertEquals(1, s.origins.size(), "an origin with waits only is still reported");
        return s.origins.get(0);
    }

    @Test
    void theTrackerCountsWaitsTimeoutsAndSites() {
        tracker.leaseWaited(API, 3_000_000L, false, SITE);
        tracker.leaseWaited(API, 1_000_000_000L, true, SITE);
        tracker.leaseWaited(API, 2_000_000L, false, null);
        OriginStats.Snapshot o = origin(summary());
        assertEquals(3, o.leaseWaits.waits);
        assertEquals(1, o.leaseWaits.timeouts);
        assertEquals(1_005_000_000L, o.leaseWaits.totalNanos);
        assertEquals(1_000_000_000L, o.leaseWaits.maxNanos);
        assertEquals(Map.of(SITE, 2L), o.leaseWaits.sites);
    }

    @Test
    void jsonHasALeaseWaitsObjectOnlyWhenSomeRequestWaited() {
        tracker.leaseWaited(API, 1_500_000L, false, SITE);
        tracker.leaseWaited(API, 2_000_000_000L, true, SITE);
        Map<String, Object> o = object(array(object(JsonReader.parse(SummaryJson.render(summary()))).get("origins")).get(0));
        Map<String, Object> waits = object(o.get("leaseWaits"));
        assertEquals(2.0, waits.get("waits"));
        assertEquals(1.0, waits.get("timeouts"));
        assertEquals(2001.5, waits.get("waitMsTotal"));
        assertEquals(2000.0, waits.get("waitMsMax"));
        assertEquals(List.of(Map.of("site", SITE, "waits", 2.0)), waits.get("sites"));

        Summary none = SummaryFixtures.designSummary();
        Map<String, Object> design = object(array(object(JsonReader.parse(SummaryJson.render(none))).get("origins")).get(0));
        assertFalse(design.containsKey("leaseWaits"), design.toString());
    }

    @Test
    void textAndHintForConcurrencyAboveThePoolLimit() {
        tracker.leaseWaited(API, 40_000_000L, false, SITE);
        Summary s = summary();
        s.origins.get(0).clients.put("apache4", 10L);
        String text = SummaryText.render(s);
        assertTrue(text.contains("lease waits for http://api.example:80: 1 requests waited for a pooled connection "
                + "(total 40.0ms, max 40.0ms), 0 timed out, top site " + SITE), text);
        String hint = LeaseWaitHints.forOrigin(s.origins.get(0), new Apache4Slice().hints());
        assertTrue(hint.startsWith("http://api.example:80: 1 requests waited for a free connection in the pool "
                + "(max 40.0ms) at " + SITE + ". More concurrent requests than the pool allows per route: raise "
                + "PoolingHttpClientConnectionManager#setDefaultMaxPerRoute (default 2)"), hint);
        assertTrue(text.contains(hint), text);
    }

    @Test
    void theHintBlamesUnclosedResponsesWhenConnectionsWereLeaked() {
        tracker.leaseWaited(API, 1_000_000_000L, true, SITE);
        Summary s = summary();
        OriginStats.Snapshot o = s.origins.get(0);
        o.clients.put("apache5", 2L);
        o.reasons.put("body-not-consumed", 1L);
        String hint = LeaseWaitHints.forOrigin(o, new Apache5Slice().hints());
        assertTrue(hint.contains("1 gave up at the connection-request timeout (ConnectionRequestTimeoutException)"),
                hint);
        assertTrue(hint.contains("Responses that are never closed keep their connections leased"), hint);
    }

    @Test
    void noWaitsNoHint() {
        assertNull(LeaseWaitHints.forOrigin(SummaryFixtures.designOrigin(), ClientHints.GENERIC));
        assertFalse(SummaryText.render(SummaryFixtures.designSummary()).contains("lease waits"));
    }
}
