package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A connection that never connected (issue 11, point 6): Apache HttpClient 5 with its own connection operator
 * whose sockets never connect, as a unit test of an application's HTTP code builds it. The operator returns as if
 * connected, but no TCP connect happened and nothing reached the server: no new connection, no request.
 */
class NeverConnectedTest {

    private static final int REQUESTS = 2;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void anOperatorThatNeverConnectsOpensNoConnection(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = AnyClient.APACHE5.jvm(jdk, "unconnected-operator").run(AnyClient.APACHE5.args(
                    "unconnected-operator", server.url(), "--requests", String.valueOf(REQUESTS)));
            String context = run.describe();
            assertEquals(0, server.truthSoFar(), context);
            assertEquals(REQUESTS, FailedExchangesTest.failedInSample(run), "every request fails. " + context);
            JsonNode summary = run.summary();
            for (JsonNode origin : summary.path("origins")) {
                assertEquals(0, origin.path("newConnections").asLong(), () -> "no connection. " + context);
                assertEquals(0, origin.path("requests").asLong(), () -> "no request. " + context);
            }
            assertEquals(0, run.lines("new connection #").size(), context);
            assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
        }
    }
}
