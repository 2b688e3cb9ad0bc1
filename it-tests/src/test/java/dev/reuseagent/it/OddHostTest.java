package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Host names {@code java.net.IDN} rejects, through Apache HttpClient 5 (whose route text goes through IDN): no advice
 * error, the connection still counted, and a right-to-left override in a host reaches neither the log, nor the
 * summary, nor the event stream raw.
 */
class OddHostTest {

    private static final String RLO = "\u202e";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void hostsIdnRejectsCauseNoAdviceErrorAndNoRawBidiText(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "odd-hosts").client(ClientLib.APACHE5)
                    .run("apache5", "odd-hosts", "--url", server.url(), "--requests", "4");
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stdout.contains("ok=4 failed=0"), run::describe);

            JsonNode summary = run.summary();
            assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), summary::toString);
            TruthServer.Truth truth = server.truth();
            assertEquals(4, truth.requests, truth::toString);
            assertEquals(truth.requests, run.origin(server.origin()).path("requests").asLong(), summary::toString);

            // The odd connections are counted under their hosts, the override escaped.
            String port = server.origin().substring(server.origin().lastIndexOf(':'));
            String bidiOrigin = "http://evil\\u202egnp.example" + port;
            String longOrigin = "http://" + "\u00fc".repeat(70) + ".example" + port;
            assertEquals(2, run.origin(bidiOrigin).path("newConnections").asLong(), summary::toString);
            assertEquals(2, run.origin(longOrigin).path("newConnections").asLong(), summary::toString);
            assertTrue(run.lines("new connection #").stream().anyMatch(l -> l.contains(" to " + bidiOrigin + " via")),
                    run::describe);

            String summaryText = Files.readString(run.summaryFile, StandardCharsets.UTF_8);
            String events = Files.readString(run.eventsFile, StandardCharsets.UTF_8);
            for (String written : List.of(run.stderr, summaryText, events)) {
                assertFalse(written.contains(RLO), () -> "a raw U+202E in\n" + written);
            }
            assertTrue(summaryText.contains("evil\\\\u202egnp.example"), summaryText);
            assertTrue(events.contains("evil\\\\u202egnp.example"), events);
        }
    }
}
