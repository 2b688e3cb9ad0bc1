package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transport truth for a client the agent does not know: HTTP by hand over raw TCP. Every connect path of the JDK
 * is counted exactly once per connection the server saw, with the application's line as site, under "unknown".
 */
class TransportTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> modes() {
        java.util.List<org.junit.jupiter.params.provider.Arguments> all = new java.util.ArrayList<>();
        for (Jdk jdk : Jdk.matrix()) {
            for (String mode : new String[] {"socket", "channel", "channel-nonblocking", "socket-adaptor"}) {
                all.add(org.junit.jupiter.params.provider.Arguments.of(jdk, mode));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.MethodSource("modes")
    void everyConnectPathCountedOnceWithItsSite(Jdk jdk, String mode) throws Exception {
        jdk.assumePresent();
        // The hand-written client reads to end of stream, so the server closes after each response.
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = new ChildJvm(jdk, "raw-" + mode)
                    .run("raw", mode, "--url", server.url(), "--requests", "4");
            assertEquals(0, run.exitCode, run::describe);
            TruthServer.Truth truth = server.truth();
            assertEquals(4, truth.connections, truth::toString);
            JsonNode summary = run.summary();
            JsonNode endpoint = Scenario.endpoint(summary, server.origin().replace("http://", ""));
            assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), endpoint::toString);
            assertEquals(0, endpoint.path("attributed").asLong(), endpoint::toString);
            assertEquals(truth.connections, endpoint.path("sites").path(0).path("tcpConnects").asLong(),
                    endpoint::toString);
            assertTrue(endpoint.path("sites").path(0).path("site").asText()
                    .startsWith("dev.reuseagent.samples.raw.RawTcpCommand."), endpoint::toString);
            assertEquals(0, summary.path("origins").size(), "no HTTP client recognised: " + summary);
            assertTrue(run.stderr.contains("client unknown: 4 connects to " + server.origin().replace("http://", "")),
                    run::describe);
            assertEquals(0, summary.path("agent").path("adviceErrors").asLong());
        }
    }
}
