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
}
