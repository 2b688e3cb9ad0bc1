package dev.reuseagent.report;

import dev.reuseagent.util.JsonReader;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.FakeClock;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.TrackFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events=path.jsonl stream: one JSON object per line with the docs/contracts.md §4.4 field names. */
class EventStreamWriterTest {

    @TempDir
    Path dir;

    @Test
    void aFailedConnectionIsOneEventWithItsError() throws IOException {
        Path file = dir.resolve("failed.jsonl");
        try (EventStreamWriter writer = new EventStreamWriter(file)) {
            ConnectionTracker tracker = new ConnectionTracker(writer, HostFilter.all(), 100, new FakeClock(1));
            tracker.failedConnections().failed("okhttp", Origin.of("https", "api.example.com", -1),
                    "com.acme.Export.fetch(Export.java:42)", new javax.net.ssl.SSLHandshakeException("PKIX"));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(1, lines.size(), lines::toString);
        Map<String, Object> failed = JsonReader.object(JsonReader.parse(lines.get(0)));
        assertEquals("failed", failed.get("event"));
        assertEquals("https://api.example.com:443", failed.get("origin"));
        assertEquals("okhttp", failed.get("client"));
        assertEquals("SSLHandshakeException", failed.get("error"));
        assertEquals("com.acme.Export.fetch(Export.java:42)", failed.get("site"));
        assertEquals(null, failed.get("connection"));
    }

    @Test
    void anUnknownConnectIsOneEventWithItsEndpoint() throws IOException {
        Path file = dir.resolve("unknown.jsonl");
        try (EventStreamWriter writer = new EventStreamWriter(file)) {
            ConnectionTracker tracker = new ConnectionTracker(writer, HostFilter.all(), 100, new FakeClock(1));
            tracker.unknownConnect("db.example.com:5432", "com.acme.Export.fetch(Export.java:42)", 1_500_000L);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(1, lines.size(), lines::toString);
        Map<String, Object> unknown = JsonReader.object(JsonReader.parse(lines.get(0)));
        assertEquals("unknown", unknown.get("event"));
        assertEquals("db.example.com:5432", unknown.get("endpoint"));
        assertEquals("unknown", unknown.get("client"));
        assertEquals("com.acme.Export.fetch(Export.java:42)", unknown.get("site"));
        assertEquals(null, unknown.get("origin"));
        assertEquals(1.5, ((Number) unknown.get("connectMs")).doubleValue());
        assertTrue(unknown.get("connection") instanceof Number, unknown::toString);
    }

    @Test
    void newReusedAndClosedEvents() throws IOException {
        Path file = dir.resolve("events.jsonl");
        FakeClock clock = new FakeClock(1);
        try (EventStreamWriter writer = new EventStreamWriter(file)) {
            ConnectionTracker tracker = new ConnectionTracker(writer, HostFilter.all(), 100, clock);
            Object key = new Object();
            ConnectionRecord c = tracker.opened(key, "okhttp", Origin.of("https", "api.example.com", -1), "p", 0,
                    1_900_000L, "com.acme.Export.fetch(Export.java:42)", 1);
            TrackFixtures.attachTls(c, false, 8_200_000L);
            tracker.exchangeDone(c, true);
            tracker.returned(key);
            tracker.exchangeDone(c, true);
            tracker.closed(key, CloseCause.SERVER_CLOSED);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), lines::toString);

        Map<String, Object> opened = JsonReader.object(JsonReader.parse(lines.get(0)));
        assertEquals("new", opened.get("event"));
        assertEquals("https://api.example.com:443", opened.get("origin"));
        assertEquals("okhttp", opened.get("client"));
        assertEquals("first-use", opened.get("reason"));
        assertEquals("com.acme.Export.fetch(Export.java:42)", opened.get("site"));
        assertEquals(1.9, opened.get("connectMs"));
        assertEquals("full", opened.get("tls"));
        assertEquals(8.2, opened.get("tlsMs"));
        assertTrue(opened.get("connection") instanceof Double);
        assertNotNull(opened.get("ts"));
        assertEquals(Thread.currentThread().getName(), opened.get("thread"));

        Map<String, Object> reused = JsonReader.object(JsonReader.parse(lines.get(1)));
        assertEquals("reused", reused.get("event"));
        assertEquals(opened.get("connection"), reused.get("connection"));

        Map<String, Object> closed = JsonReader.object(JsonReader.parse(lines.get(2)));
        assertEquals("closed", closed.get("event"));
        assertEquals("server-closed", closed.get("cause"));
        assertEquals(opened.get("connection"), closed.get("connection"));
    }

    private static ConnectionTracker trackerWriting(EventStreamWriter writer) {
        return new ConnectionTracker(writer, HostFilter.all(), 100, new FakeClock(1));
    }

    /** Opens a connection and makes {@code exchanges} exchanges on it: 1 new and exchanges - 1 reused events. */
    private static Object busyConnection(ConnectionTracker tracker, int exchanges) {
        Object key = new Object();
        ConnectionRecord c = tracker.opened(key, "okhttp", Origin.of("https", "api.example.com", -1), "p", 0,
                1_900_000L, "com.acme.Export.fetch(Export.java:42)", 1);
        tracker.exchangeDone(c, true);
        for (int i = 1; i < exchanges; i++) {
            tracker.returned(key);
            tracker.exchangeDone(c, true);
        }
        return key;
    }

    private static void assertWholeLines(Path file, int atLeast) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.isEmpty() || text.endsWith("\n"), () -> "a torn last line: ..."
                + text.substring(Math.max(0, text.length() - 200)));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.size() >= atLeast, lines.size() + " lines");
        for (String line : lines) {
            assertTrue(JsonReader.parse(line) instanceof Map, line);
        }
    }

    /** Before any flush, what the file holds (what a crash leaves) is whole lines only. */
    @Test
    void onlyWholeLinesReachTheFile() throws IOException {
        Path file = dir.resolve("events.jsonl");
        EventStreamWriter writer = new EventStreamWriter(file);
        ConnectionTracker tracker = trackerWriting(writer);
        busyConnection(tracker, 200);
        assertWholeLines(file, 100); // 200 events of about 250 bytes: several buffers written, none torn
        writer.close();
        assertEquals(200, Files.readAllLines(file).size());
    }

    /** After the exit summary, connections closed later in the shutdown still get their line, with no warning. */
    @Test
    void eventsAfterTheEndOfTheRunAreWrittenAtOnce() throws IOException {
        Path file = dir.resolve("events.jsonl");
        EventStreamWriter writer = new EventStreamWriter(file);
        ConnectionTracker tracker = trackerWriting(writer);
        Object key = busyConnection(tracker, 3);
        long dropped = dev.reuseagent.track.AgentCounters.DROPPED_EVENTS.get();
        writer.endOfRun();
        assertEquals(3, Files.readAllLines(file).size());
        tracker.closed(key, CloseCause.APP_CLOSED);
        writer.flush(); // a summary interval timer still running: harmless
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(3).startsWith("{\"event\":\"closed\""), lines.get(3));
        assertEquals(dropped, dev.reuseagent.track.AgentCounters.DROPPED_EVENTS.get());
    }

    @Test
    void eventsAfterCloseAreCountedAsDropped() throws IOException {
        Path file = dir.resolve("events.jsonl");
        EventStreamWriter writer = new EventStreamWriter(file);
        ConnectionTracker tracker = trackerWriting(writer);
        Object key = busyConnection(tracker, 1);
        writer.close();
        long dropped = dev.reuseagent.track.AgentCounters.DROPPED_EVENTS.get();
        tracker.closed(key, CloseCause.APP_CLOSED);
        writer.flush();
        assertEquals(dropped + 1, dev.reuseagent.track.AgentCounters.DROPPED_EVENTS.get());
        assertEquals(1, Files.readAllLines(file).size());
    }
}
