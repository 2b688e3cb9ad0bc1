package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar reuse-agent.jar report} on the summary files of real JVMs: two that build a client per request
 * and one that shares it, merged per origin and compared with what the server saw.
 */
class FleetReportTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void mergesTheSummariesOfSeveralJvmsAndDiffsAFix(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            Path bad1 = jvm(jdk, "fleet-bad-1", server, "client-per-request", 6);
            Path bad2 = jvm(jdk, "fleet-bad-2", server, "client-per-request", 4);
            Path good = jvm(jdk, "fleet-good", server, "shared", 10);
            TruthServer.Truth truth = server.truth();
            assertEquals(20, truth.requests, truth::toString);
            assertEquals(6 + 4 + 1, truth.connections, truth::toString);

            JsonNode merged = new ObjectMapper().readTree(cli(jdk, "report", "--json", bad1.toString(),
                    bad2.toString(), good.toString()));
            assertEquals("reuse-agent/fleet/v1", merged.path("schema").asText());
            assertEquals(3, merged.path("jvms").asInt());
            JsonNode origin = merged.path("origins").get(0);
            assertEquals(server.origin(), origin.path("origin").asText());
            assertEquals(3, origin.path("jvms").asInt());
            assertEquals(truth.requests, origin.path("requests").asLong(), origin::toString);
            assertEquals(truth.connections, origin.path("newConnections").asLong(), origin::toString);
            // Each JVM's first connection is first-use; every other per-request client is avoidable.
            assertEquals(5 + 3, origin.path("avoidableConnections").asLong(), origin::toString);
            assertEquals(8, origin.path("reasons").path("new-client").asLong(), origin::toString);

            String text = cli(jdk, "report", bad1.toString(), bad2.toString(), good.toString());
            assertTrue(text.startsWith("fleet report: 3 JVMs, 1 origins, 20 requests, 11 connections opened, 8 "
                    + "avoidable"), text);
            String diff = cli(jdk, "report", "--diff", bad1.toString(), good.toString());
            assertTrue(diff.contains(server.origin()), diff);
            assertTrue(diff.matches("(?s).*6 -> 1 +5 -> 0 +0\\.0% -> 90\\.0%.*"), diff);
        }
    }

    private static Path jvm(Jdk jdk, String name, TruthServer server, String pattern, int requests) throws Exception {
        ChildJvm.Result run = new ChildJvm(jdk, name).run("jdkhttp", pattern, "--url", server.url(), "--requests",
                String.valueOf(requests));
        assertEquals(0, run.exitCode, run::describe);
        assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
        return run.summaryFile;
    }

    private static String cli(Jdk jdk, String... args) throws Exception {
        AgentCli run = AgentCli.run(jdk, args);
        assertEquals(0, run.status, run.output);
        return run.output;
    }
}
