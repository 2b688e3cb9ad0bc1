package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Connects no client claims (issue 12, point 8) are logged like the others: {@code new connection #N to host:port via
 * unknown at SITE}, one per connection the server saw, with the application's line, and one {@code unknown} event
 * each. A recognised client's connect is never announced so, even when it claims it only at the first response,
 * long after the grace (java.net.http), while summaries at a short interval look for due announcements.
 */
class UnknownConnectLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> modes() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of("socket", "channel-nonblocking")
                .map(mode -> Arguments.of(jdk, mode)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modes")
    void everyUnclaimedConnectIsOneNewConnectionLineViaUnknown(Jdk jdk, String mode) throws Exception {
        jdk.assumePresent();
        // The hand-written client reads to end of stream, so the server closes after each response.
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = new ChildJvm(jdk, "unknown-log-raw-" + mode)
                    .run("raw", mode, "--url", server.url(), "--requests", "4");
            assertEquals(0, run.exitCode, run::describe);
            TruthServer.Truth truth = server.truth();
            assertEquals(4, truth.connections, truth::toString);
            String endpoint = server.origin().replace("http://", "");
            String context = truth + "\n" + run.describe();

            List<String> lines = run.lines(" via unknown at ");
            assertEquals(truth.connections, lines.size(), context);
            for (String line : lines) {
                assertTrue(line.matches(".* INFO \\[reuse-agent\\] new connection #\\d+ to " + endpoint.replace(".", "\\.")
                        + " via unknown at dev\\.reuseagent\\.samples\\.raw\\.RawTcpCommand\\.\\w+\\(RawTcpCommand\\.java:\\d+\\)"),
                        () -> line + "\n" + context);
            }
            assertEquals(truth.connections, lines.stream().map(l -> l.replaceFirst("^.*#(\\d+) .*$", "$1"))
                    .distinct().count(), () -> "one id each. " + context);

            List<JsonNode> unknown = events(run, "unknown");
            assertEquals(truth.connections, unknown.size(), context);
            for (JsonNode event : unknown) {
                assertEquals(endpoint, event.path("endpoint").asText(), event::toString);
                assertEquals("unknown", event.path("client").asText(), event::toString);
                assertTrue(event.path("site").asText().startsWith("dev.reuseagent.samples.raw.RawTcpCommand."),
                        event::toString);
                assertTrue(event.path("connection").isNumber(), event::toString);
            }
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), context);
        }
    }

    static Stream<Arguments> clients() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of("jdkhttp", "urlconnection")
                .map(client -> Arguments.of(jdk, client)));
    }

    /** The server answers after 2.5 s: java.net.http claims its connect only then, past the grace of 1 s. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clients")
    void aConnectAClientClaimsLateIsNeverAnnouncedAsUnknown(Jdk jdk, String client) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .headersDelay(2500, TimeUnit.MILLISECONDS).build())) {
            ChildJvm.Result run = new ChildJvm(jdk, "unknown-log-late-claim-" + client)
                    .agentOption("summaryInterval=300ms")
                    .run(client, "shared", "--url", server.url(), "--requests", "2");
            TruthServer.Truth truth = Scenario.verifySampleRan(run, server, 1);
            String context = truth + "\n" + run.describe();
            assertEquals(List.of(), run.lines(" via unknown "), context);
            assertEquals(List.of(), events(run, "unknown"), context);
            assertEquals(1, run.lines("new connection #").size(), context);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), context);
        }
    }

    private static List<JsonNode> events(ChildJvm.Result run, String kind) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(run.eventsFile, StandardCharsets.UTF_8)) {
            JsonNode event = JSON.readTree(line);
            if (event.path("event").asText().equals(kind)) {
                events.add(event);
            }
        }
        return events;
    }
}
