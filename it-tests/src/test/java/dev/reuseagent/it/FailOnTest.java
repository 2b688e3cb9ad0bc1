package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code failOn}: the CI guard ends a JVM that opened a forbidden connection with its own exit status. */
class FailOnTest {

    /** docs/contracts.md §7.5. */
    static final int FAIL_ON_STATUS = 86;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void aClientPerRequestEndsTheJvmWithTheGuardsStatusAndItsSites(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "fail-on-new-client").agentOption("failOn=new-client")
                    .run("jdkhttp", "client-per-request", "--url", server.url(), "--requests", "4");
            assertEquals(FAIL_ON_STATUS, run.exitCode, run::describe);
            assertTrue(run.stdout.contains("ok=4 failed=0"), "the application itself ran to its end: " + run.describe());
            TruthServer.Truth truth = server.truth();
            List<String> guard = run.lines("with a forbidden reason; the JVM ends with exit status 86");
            assertEquals(1, guard.size(), run::describe);
            assertEquals(1, run.lines("fails this run: the JVM will end with exit status 86").size(),
                    "said once per site as the first forbidden connection opens: " + run.describe());
            assertTrue(guard.get(0).contains((truth.connections - 1) + " new connections with a forbidden reason"),
                    run::describe);
            assertTrue(run.stderr.contains("  - new-client x" + (truth.connections - 1) + " to " + server.origin()
                    + " at dev.reuseagent.samples.jdkhttp.ClientPerRequestPattern."), run::describe);
            JsonNode violation = run.summary().path("agent").path("failOn").path("violations").get(0);
            assertEquals(truth.connections - 1, violation.path("newConnections").asLong(), run::describe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void aSharedClientPassesEvenTheWholeAvoidableList(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "fail-on-shared").agentOption("failOn=avoidable")
                    .run("jdkhttp", "shared", "--url", server.url(), "--requests", "4", "--threads", "2");
            assertEquals(0, run.exitCode, run::describe);
            assertEquals(List.of(), run.lines("failOn="), run::describe);
            assertEquals(server.truth().connections, run.origin(server.origin()).path("newConnections").asLong());
        }
    }
}
