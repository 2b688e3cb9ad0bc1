package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jfr=true}: the Flight Recorder file a child JVM wrote, read back with {@link RecordingFile}, holds one
 * {@code reuseagent.NewConnection} per connection the server accepted, and reused events only when a recording
 * enables them.
 */
class JfrEventsTest {

    /** Only the agent's events, the reused one switched on as a user would in a .jfc file. */
    private static final String SETTINGS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<configuration version=\"2.0\" label=\"reuse-agent\">\n"
            + "  <event name=\"reuseagent.NewConnection\"><setting name=\"enabled\">true</setting></event>\n"
            + "  <event name=\"reuseagent.ConnectionReused\"><setting name=\"enabled\">true</setting></event>\n"
            + "  <event name=\"reuseagent.ConnectionClosed\"><setting name=\"enabled\">true</setting></event>\n"
            + "</configuration>\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void everyConnectionTheServerSawIsOneNewConnectionEvent(Jdk jdk) throws Exception {
        jdk.assumePresent();
        Path dir = Files.createDirectories(ChildJvm.WORK.resolve("jfr-settings-" + jdk.name));
        Path settings = dir.resolve("reuse-agent.jfc");
        Files.writeString(settings, SETTINGS);
        Path recording = dir.resolve("recording.jfr");
        Files.deleteIfExists(recording);
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "jfr-shared").agentOption("jfr=true")
                    .jvmArg("-XX:StartFlightRecording=settings=" + settings + ",filename=" + recording
                            + ",dumponexit=true")
                    .run("urlconnection", "shared", "--url", server.url(), "--requests", "10");
            assertEquals(0, run.exitCode, run::describe);
            TruthServer.Truth truth = server.truth();
            List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
            List<RecordedEvent> opened = named(events, "reuseagent.NewConnection");
            assertEquals(truth.connections, opened.size(), events::toString);
            assertEquals(truth.requests - truth.connections, named(events, "reuseagent.ConnectionReused").size(),
                    events::toString);
            RecordedEvent first = opened.get(0);
            assertEquals(server.origin(), first.getString("origin"));
            assertEquals("urlconnection", first.getString("client"));
            assertEquals("first-use", first.getString("reason"));
            assertTrue(first.getString("site").startsWith("dev.reuseagent.samples."), first::toString);
            assertTrue(first.getDuration("connectTime").toNanos() > 0, first::toString);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
        }
    }

    /** The JDK's default settings: new and closed connections recorded, reused ones left out. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void theDefaultSettingsRecordNewAndClosedButNotReused(Jdk jdk) throws Exception {
        jdk.assumePresent();
        Path recording = Files.createDirectories(ChildJvm.WORK.resolve("jfr-default-" + jdk.name))
                .resolve("recording.jfr");
        Files.deleteIfExists(recording);
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "jfr-disconnect").agentOption("jfr=true")
                    .jvmArg("-XX:StartFlightRecording=settings=default,filename=" + recording + ",dumponexit=true")
                    .run("urlconnection", "disconnect", "--url", server.url(), "--requests", "6");
            assertEquals(0, run.exitCode, run::describe);
            TruthServer.Truth truth = server.truth();
            List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
            List<RecordedEvent> opened = named(events, "reuseagent.NewConnection");
            assertEquals(truth.connections, opened.size(), opened::toString);
            assertEquals(truth.connections - 1, opened.stream()
                    .filter(e -> "app-closed".equals(e.getString("reason"))).count(), opened::toString);
            assertEquals(0, named(events, "reuseagent.ConnectionReused").size());
            JsonNode closes = run.origin(server.origin()).path("closes");
            long closedInSummary = 0;
            for (JsonNode count : closes) {
                closedInSummary += count.asLong();
            }
            assertTrue(closedInSummary >= truth.connections - 1, closes::toString);
            assertEquals(closedInSummary, named(events, "reuseagent.ConnectionClosed").size(), closes::toString);
        }
    }

    private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
        return events.stream().filter(e -> e.getEventType().getName().equals(name)).toList();
    }
}
