package dev.reuseagent.report;

import dev.reuseagent.track.OriginStats;
import dev.reuseagent.util.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.reuseagent.util.JsonReader.array;
import static dev.reuseagent.util.JsonReader.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summary files written by the agent's own writer, merged and compared as the {@code report} command does. */
class FleetReportsTest {

    private static final String API = "https://api.example.com:443";
    private static final String REPO = "https://repo.example.org:443";
    private static final String EXPORT = "com.acme.Export.fetch(Export.java:42)";
    private static final String SYNC = "com.acme.Sync.pull(Sync.java:7)";

    @TempDir
    Path dir;

    @Test
    void mergesJvmsPerOriginRankedByAvoidableConnections() throws IOException {
        Path a = write("a.json", clientPerRequest(API, 10, EXPORT), warmUp(REPO, 490, 5));
        Path b = write("b.json", clientPerRequest(API, 30, SYNC));
        String text = FleetReports.report(List.of(a, b), false);
        String[] lines = text.split("\\R");
        assertEquals("fleet report: 2 JVMs, 2 origins, 530 requests, 45 connections opened, 38 avoidable", lines[0]);
        assertTrue(lines[2].matches("  " + API.replace(".", "\\.") + " +2 +40 +40 +38 +0\\.0%  new-client 38, "
                + "first-use 2"), lines[2]);
        assertEquals("      sites: " + SYNC + " 30, " + EXPORT + " 10", lines[3]);
        assertTrue(lines[4].matches("  " + REPO.replace(".", "\\.") + " +1 +490 +5 +0 +99\\.0%  pool-busy 4, "
                + "first-use 1"), "a healthy warm-up wastes nothing: " + lines[4]);
    }

    @Test
    void jsonNamesAvoidableConnectionsAndJvmsPerOrigin() throws IOException {
        Path a = write("a.json", clientPerRequest(API, 10, EXPORT));
        Path b = write("b.json", clientPerRequest(API, 4, EXPORT));
        Map<String, Object> root = object(JsonReader.parse(FleetReports.report(List.of(a, b), true)));
        assertEquals("reuse-agent/fleet/v1", root.get("schema"));
        Map<String, Object> origin = object(array(root.get("origins")).get(0));
        assertEquals(API, origin.get("origin"));
        assertEquals(2.0, origin.get("jvms"));
        assertEquals(14.0, origin.get("newConnections"));
        assertEquals(12.0, origin.get("avoidableConnections"));
        assertEquals(Map.of("site", EXPORT, "newConnections", 14.0), object(array(origin.get("sites")).get(0)));
    }

    @Test
    void diffShowsWhatAFixChangedPerOrigin() throws IOException {
        Path before = write("before.json", clientPerRequest(API, 10, EXPORT));
        Path after = write("after.json", shared(API, 10, EXPORT));
        String[] lines = FleetReports.diff(List.of(before), List.of(after), false).split("\\R");
        assertEquals("fleet diff: before 1 JVM, after 1 JVM", lines[0]);
        assertTrue(lines[2].matches("  " + API.replace(".", "\\.") + " +10 -> 10 +10 -> 1 +9 -> 0 +0\\.0% -> 90\\.0%"),
                lines[2]);
        Map<String, Object> json = object(JsonReader.parse(FleetReports.diff(List.of(before), List.of(after), true)));
        Map<String, Object> origin = object(array(json.get("origins")).get(0));
        assertEquals(9.0, object(origin.get("before")).get("avoidableConnections"));
        assertEquals(0.0, object(origin.get("after")).get("avoidableConnections"));
    }

    @Test
    void aFileThatIsNoSummaryIsNamedInTheError() throws IOException {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "{\"event\":\"new\"}\n{\"event\":\"reused\"}\n");
        IOException e = assertThrows(IOException.class, () -> FleetReports.report(List.of(events), false));
        assertTrue(e.getMessage().startsWith(events + " is not a reuse-agent summary"), e.getMessage());
        Path missing = dir.resolve("missing.json");
        e = assertThrows(IOException.class, () -> FleetReports.report(List.of(missing), false));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    private Path write(String name, OriginStats.Snapshot... origins) throws IOException {
        Summary s = new Summary();
        s.agentVersion = "0.1.0";
        s.origins.addAll(List.of(origins));
        Path file = dir.resolve(name);
        SummaryJson.write(s, file);
        return file;
    }

    private static OriginStats.Snapshot clientPerRequest(String origin, long requests, String site) {
        OriginStats.Snapshot o = origin(origin, requests, requests, site);
        o.reasons.put("first-use", 1L);
        o.reasons.put("new-client", requests - 1);
        o.closes.put("app-closed", requests);
        return o;
    }

    private static OriginStats.Snapshot shared(String origin, long requests, String site) {
        OriginStats.Snapshot o = origin(origin, requests, 1, site);
        o.reasons.put("first-use", 1L);
        return o;
    }

    private static OriginStats.Snapshot warmUp(String origin, long requests, long threads) {
        OriginStats.Snapshot o = origin(origin, requests, threads, SYNC);
        o.reasons.put("first-use", 1L);
        o.reasons.put("pool-busy", threads - 1);
        return o;
    }

    private static OriginStats.Snapshot origin(String origin, long requests, long fresh, String site) {
        OriginStats.Snapshot o = new OriginStats.Snapshot();
        o.origin = origin;
        o.requests = requests;
        o.newConnections = fresh;
        o.reusedConnections = requests - fresh;
        o.clients.put("okhttp", requests);
        o.sites.put(site, fresh);
        return o;
    }
}
