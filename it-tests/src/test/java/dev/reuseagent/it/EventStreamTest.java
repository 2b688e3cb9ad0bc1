package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events file at the end of a run: nothing lost, nothing warned, and only whole lines even after a halt. */
class EventStreamTest {

    private static final Jdk JDK = Jdk.matrix().get(0);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every line of the events file, parsed; fails on a line that is not a whole JSON object. */
    private static List<JsonNode> events(ChildJvm.Result run) throws IOException {
        String text = Files.readString(run.eventsFile, StandardCharsets.UTF_8);
        assertTrue(text.isEmpty() || text.endsWith("\n"), () -> "torn last line: ..."
                + text.substring(Math.max(0, text.length() - 300)));
        List<JsonNode> events = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                JsonNode event = JSON.readTree(line);
                assertTrue(event.isObject() && event.has("event"), line);
                events.add(event);
            }
        }
        return events;
    }

    private static long count(List<JsonNode> events, String kind) {
        return events.stream().filter(e -> e.path("event").asText().equals(kind)).count();
    }

    private static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode n : counts) {
            total += n.asLong();
        }
        return total;
    }

    @Test
    void aNormalExitWritesEveryEventOnceWithoutAWarning() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(JDK, "events-exit").client(ClientLib.APACHE5)
                    .run("apache5", "shared", "--url", server.url(), "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, "apache5");
            assertEquals(List.of(), run.lines(" WARN "), run::describe);
            List<JsonNode> events = events(run);
            long closes = sum(origin.path("closes"));
            assertEquals(origin.path("newConnections").asLong() + origin.path("reusedConnections").asLong() + closes,
                    events.size(), events::toString);
            assertEquals(origin.path("newConnections").asLong(), count(events, "new"));
            assertEquals(closes, count(events, "closed"));
            assertTrue(closes > 0, "the client was closed before the end: its connection too");
        }
    }

    /** A client closed by the application's own shutdown hook, after the agent's summary: its close still lands. */
    @Test
    void connectionsClosedDuringTheShutdownAreNotLostNorWarned() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(JDK, "events-shutdown-hook").client(ClientLib.APACHE5)
                    .run("apache5", "shared", "--url", server.url(), "--requests", "6", "--end", "hook");
            JsonNode origin = Scenario.verifyClient(run, server, "apache5");
            assertEquals(List.of(), run.lines(" WARN "), run::describe);
            List<JsonNode> events = events(run);
            assertEquals(origin.path("newConnections").asLong(), count(events, "new"));
            assertEquals(origin.path("reusedConnections").asLong(), count(events, "reused"));
            assertEquals(count(events, "new"), count(events, "closed"), () -> "every connection's close: " + events);
        }
    }

    /** Runtime.halt right after the requests: what the file holds is whole lines (the buffered rest is gone). */
    @Test
    void aHaltLeavesOnlyWholeLines() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(JDK, "events-halt").run("urlconnection", "shared", "--url",
                    server.url(), "--requests", "200", "--end", "halt");
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stdout.contains("ok=200 failed=0"), run::describe);
            List<JsonNode> events = events(run);
            // 200 events of about 250 bytes each: most were written out before the halt, in whole lines
            assertTrue(events.size() >= 100, () -> events.size() + " events");
            assertEquals(1, count(events, "new"));
        }
    }
}
