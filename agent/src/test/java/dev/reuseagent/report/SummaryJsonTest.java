package dev.reuseagent.report;

import dev.reuseagent.util.JsonReader;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.FakeClock;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.OriginStats;
import dev.reuseagent.track.TrackFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.reuseagent.util.JsonReader.array;
import static dev.reuseagent.util.JsonReader.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryJsonTest {

    @TempDir
    Path dir;

    private static Map<String, Object> render(Summary s) {
        return object(JsonReader.parse(SummaryJson.render(s)));
    }

    @Test
    void schemaAndAgentVersion() {
        Map<String, Object> json = render(SummaryFixtures.designSummary());
        assertEquals("reuse-agent/summary/v1", json.get("schema"));
        assertEquals("reuse-agent/summary/v1", SummaryJson.SCHEMA);
        assertEquals("0.1.0", json.get("agentVersion"));
    }

    @Test
    void jvmFields() {
        Map<String, Object> jvm = object(render(SummaryFixtures.designSummary()).get("jvm"));
        assertEquals(4242.0, jvm.get("pid"));
        assertEquals("17.0.15", jvm.get("javaVersion"));
        assertEquals(5120.0, jvm.get("uptimeMs"));
    }

    @Test
    void originFieldsOfTheDesignExample() {
        Map<String, Object> o = object(array(render(SummaryFixtures.designSummary()).get("origins")).get(0));
        assertEquals("https://api.example.com:443", o.get("origin"));
        assertEquals(100.0, o.get("requests"));
        assertEquals(3.0, o.get("newConnections"));
        assertEquals(97.0, o.get("reusedConnections"));
        assertEquals(97.0, o.get("reusePercent"));
        assertEquals(Map.of("okhttp", 100.0), o.get("clients"));
        assertEquals(Map.of("first-use", 1.0, "pool-busy", 2.0), o.get("reasons"));
        assertEquals(Map.of("server-closed", 1.0), o.get("closes"));
        Map<String, Object> tls = object(o.get("tls"));
        assertEquals(3.0, tls.get("full"));
        assertEquals(0.0, tls.get("resumed"));
        assertEquals(24.6, tls.get("handshakeMsTotal"));
        assertEquals(3.1, o.get("connectMsTotal"));
        List<Object> sites = array(o.get("sites"));
        assertEquals(1, sites.size());
        assertEquals(SummaryFixtures.SITE, object(sites.get(0)).get("site"));
        assertEquals(3.0, object(sites.get(0)).get("newConnections"));
    }

    @Test
    void failedConnectionsAreAnOriginField() {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = "https://api.example.com:443";
        o.failedConnections = 2;
        Map<String, Object> json = object(array(render(SummaryFixtures.summaryOf(o)).get("origins")).get(0));
        assertEquals(2.0, json.get("failedConnections"));
        assertEquals(0.0, json.get("newConnections"));
    }

    @Test
    void endpointFields() {
        Map<String, Object> e = object(array(render(SummaryFixtures.designSummary()).get("endpoints")).get(0));
        assertEquals("api.example.com:443", e.get("endpoint"));
        assertEquals(3.0, e.get("tcpConnects"));
        assertEquals(3.0, e.get("attributed"));
        assertEquals(Map.of(), e.get("clients"), "the fixture's snapshot names no client");
    }

    @Test
    void endpointSaysWhichConnectsNoRecognisedClientMade() {
        Summary s = SummaryFixtures.designSummary();
        EndpointStats.Snapshot e = s.endpoints.get(0);
        e.tcpConnects = 5;
        e.clients.put("okhttp", 3L);
        e.clients.put("unknown", 2L);
        e.sites.put("com.acme.Vendored.call(Vendored.java:7)", 2L);
        e.unattributedSites.put("com.acme.Vendored.call(Vendored.java:7)", 2L);
        Map<String, Object> json = object(array(render(s).get("endpoints")).get(0));
        assertEquals(2.0, json.get("unattributed"));
        assertEquals(Map.of("okhttp", 3.0, "unknown", 2.0), json.get("clients"));
        assertEquals(List.of(Map.of("site", "com.acme.Vendored.call(Vendored.java:7)", "tcpConnects", 2.0)),
                json.get("unattributedSites"));
    }

    @Test
    void agentFields() {
        Summary s = SummaryFixtures.designSummary();
        s.adviceErrors = 2;
        s.droppedEvents = 5;
        s.enforced.add(new EnforcedCount("okhttp", "okhttp", "shared-pool", 7, 6, "share one client",
                Map.of("com.acme.Export.fetch(Export.java:42)", 7L)));
        s.enforced.add(new EnforcedCount("okhttp", "okhttp", "shared-tls", 7, 0, null, Map.of()));
        s.enforced.add(new EnforcedCount("apache5", "apache", "shared-manager", 3, 2, null, Map.of()));
        Map<String, Object> agent = object(render(s).get("agent"));
        assertEquals(2.0, agent.get("adviceErrors"));
        assertEquals(5.0, agent.get("droppedEvents"));
        assertEquals(Map.of(
                "okhttp", Map.of(
                        "shared-pool", Map.of("applied", 7.0, "avoided", 6.0,
                                "sites", Map.of("com.acme.Export.fetch(Export.java:42)", 7.0)),
                        "shared-tls", Map.of("applied", 7.0, "avoided", 0.0, "sites", Map.of())),
                "apache5", Map.of(
                        "shared-manager", Map.of("applied", 3.0, "avoided", 2.0, "sites", Map.of()))),
                agent.get("enforced"));
    }

    @Test
    void emptyEnforcedIsAnEmptyObject() {
        Map<String, Object> agent = object(render(SummaryFixtures.designSummary()).get("agent"));
        assertEquals(Map.of(), agent.get("enforced"));
    }

    @Test
    void relocatedClientsAreListedInTheAgentSectionOnlyWhenThereAreSome() {
        Summary s = SummaryFixtures.designSummary();
        assertFalse(object(render(s).get("agent")).containsKey("relocatedClients"));

        s.relocatedClients.add(new RelocatedClient("apache4",
                Map.of("org.apache.http.", "org.apache.maven.wagon.providers.http.httpclient."),
                "class loader org.codehaus.plexus.classworlds.realm.ClassRealm@1b6d3586"));

        assertEquals(List.of(Map.of("client", "apache4",
                "packages", Map.of("org.apache.http.", "org.apache.maven.wagon.providers.http.httpclient."),
                "classLoader", "class loader org.codehaus.plexus.classworlds.realm.ClassRealm@1b6d3586")),
                object(render(s).get("agent")).get("relocatedClients"));
    }

    @Test
    void emptySummaryIsValid() {
        Summary s = new Summary();
        s.agentVersion = "0.1.0";
        Map<String, Object> json = render(s);
        assertEquals(List.of(), json.get("origins"));
        assertEquals(List.of(), json.get("endpoints"));
    }

    @Test
    void hostileSiteTextStaysValidJson() {
        Summary s = SummaryFixtures.designSummary();
        String evil = "com.acme.X.y(\"quoted\\path\u2028\n.java:1)";
        s.origins.get(0).sites.clear();
        s.origins.get(0).sites.put(evil, 3L);
        s.notes.add("note with \"quotes\"\n");
        Map<String, Object> o = object(array(render(s).get("origins")).get(0));
        assertEquals(evil, object(array(o.get("sites")).get(0)).get("site"));
    }

    @Test
    void summaryFromTrackerCountsRequestsNewAndReused() {
        FakeClock clock = new FakeClock(1);
        ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE, HostFilter.all(), 100, clock);
        Origin api = Origin.of("https", "api.example.com", -1);
        Object key = new Object();
        ConnectionRecord c = tracker.opened(key, "urlconnection", api, "jvm", 0, 1_500_000L, "com.acme.A.b(A.java:3)", 1);
        TrackFixtures.attachTls(c, false, 10_000_000L);
        for (int i = 0; i < 4; i++) {
            tracker.exchangeDone(c, true);
            tracker.returned(key);
        }
        tracker.closed(key, CloseCause.SERVER_CLOSED);
        ConnectionRecord d = tracker.opened(new Object(), "urlconnection", api, "jvm", 0, 500_000L, null, 1);
        TrackFixtures.attachTls(d, true, 2_000_000L);
        tracker.exchangeDone(d, true);
        Summary s = new Summary();
        s.addOrigins(tracker.origins());
        assertEquals(1, s.origins.size(), "the empty 'other' bucket is left out");
        Map<String, Object> o = object(array(render(s).get("origins")).get(0));
        assertEquals("https://api.example.com:443", o.get("origin"));
        assertEquals(5.0, o.get("requests"));
        assertEquals(2.0, o.get("newConnections"));
        assertEquals(3.0, o.get("reusedConnections"));
        assertEquals(60.0, o.get("reusePercent"));
        assertEquals(Map.of("urlconnection", 5.0), o.get("clients"));
        assertEquals(Map.of("first-use", 1.0, "server-closed", 1.0), o.get("reasons"));
        assertEquals(Map.of("server-closed", 1.0), o.get("closes"));
        assertEquals(Map.of("full", 1.0, "resumed", 1.0, "handshakeMsTotal", 12.0), o.get("tls"));
        assertEquals(2.0, o.get("connectMsTotal"));
        assertEquals(List.of(Map.of("site", "com.acme.A.b(A.java:3)", "newConnections", 1.0)), o.get("sites"));
    }

    @Test
    void originsAreOrderedByNewConnections() {
        Summary s = new Summary();
        FakeClock clock = new FakeClock(1);
        ConnectionTracker tracker = new ConnectionTracker(EventSink.NONE, HostFilter.all(), 100, clock);
        Origin quiet = Origin.of("http", "quiet", -1);
        Origin busy = Origin.of("http", "busy", -1);
        tracker.exchangeDone(tracker.opened(new Object(), "x", quiet, "p", 0, 0, null, 1), true);
        for (int i = 0; i < 3; i++) {
            tracker.exchangeDone(tracker.opened(new Object(), "x", busy, "p" + i, 0, 0, null, 1), true);
        }
        s.addOrigins(tracker.origins());
        assertEquals(List.of("http://busy:80", "http://quiet:80"),
                s.origins.stream().map(o -> o.origin).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void writeReplacesTheFileAtomically() throws IOException {
        Path file = dir.resolve("summary.json");
        Files.write(file, "old".getBytes(StandardCharsets.UTF_8));
        Summary s = SummaryFixtures.designSummary();
        SummaryJson.write(s, file);
        assertEquals(SummaryJson.render(s), Files.readString(file));
        assertFalse(Files.exists(dir.resolve("summary.json.tmp")));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count());
        }
    }

    @Test
    void reusePercentOfSnapshot() {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        assertEquals(0.0, o.reusePercent());
        o.newConnections = 1;
        o.reusedConnections = 2;
        assertEquals(66.7, o.reusePercent());
        assertTrue(SummaryJson.render(withOrigin(o)).contains("\"reusePercent\":66.7"));
    }

    private static Summary withOrigin(OriginStats.Snapshot o) {
        Summary s = new Summary();
        o.origin = "http://h:80";
        s.origins.add(o);
        return s;
    }
}
