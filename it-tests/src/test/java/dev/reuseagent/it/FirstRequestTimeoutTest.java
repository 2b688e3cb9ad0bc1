package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent must not change what the application sees, also on its most expensive request: the first through a
 * client, which loads, checks and weaves the client's classes. An application with a 1 s request timeout (the
 * client's own, and its own deadline around the call) asks a server that answers in 600 ms, so more than 400 ms
 * added to the first request would fire it (with the old Byte Buddy agent it fired in 1 of 4 runs). Per client and
 * JDK: once without the agent, then three times with it; no timeout may fire, and the agent's counts must match the
 * server's (the client was instrumented, not skipped). When the timeout already fires without the agent, the machine
 * is too busy for this test to say anything about the agent, and it is aborted (reported as skipped) with the run.
 */
@Isolated // runs alone: see junit-platform.properties
class FirstRequestTimeoutTest {

    private static final int TIMEOUT_MS = 1000;
    private static final int SERVER_DELAY_MS = 600;
    private static final int RUNS_WITH_AGENT = 3;
    private static final String MAIN = "dev.reuseagent.samples.timeout.FirstRequestTimeout";

    /** Each client with the class path it runs on (the JDK's clients need no library). */
    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(
                Arguments.of(jdk, "urlconnection", null),
                Arguments.of(jdk, "jdkhttp", null),
                Arguments.of(jdk, "okhttp", ClientLib.OKHTTP4),
                Arguments.of(jdk, "okhttp", ClientLib.OKHTTP5),
                Arguments.of(jdk, "apache5", ClientLib.APACHE5),
                Arguments.of(jdk, "apache4", ClientLib.APACHE4)));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void aOneSecondTimeoutNeverFiresOnTheFirstRequest(Jdk jdk, String client, ClientLib lib) throws Exception {
        jdk.assumePresent();
        List<Path> classpath = lib == null ? List.of(ClientLib.sampleClasses()) : lib.classpath();
        String name = "first-request-timeout-" + client + (lib == null ? "" : "-" + lib);
        for (int run = 0; run <= RUNS_WITH_AGENT; run++) {
            boolean withAgent = run > 0;
            try (TruthServer server = TruthServer.http(FirstRequestTimeoutTest::slow)) {
                ChildJvm jvm = new ChildJvm(jdk, name + "-" + run).classpath(classpath, MAIN);
                if (!withAgent) {
                    jvm.withoutAgent();
                }
                // The origin without user-info or query: Apache 5 rejects user-info, and secrets are not this test's point.
                ChildJvm.Result result = jvm.run(client, server.origin() + "/data", String.valueOf(TIMEOUT_MS));
                String context = (withAgent ? "with the agent, run " + run : "without the agent") + "\n"
                        + result.describe();
                if (!withAgent && result.exitCode == 3) {
                    // Without the agent the timeout already fires: this machine is too busy to judge the agent by it.
                    Assumptions.abort("the 1 s timeout fired without the agent (a busy machine): " + context);
                }
                assertEquals(0, result.exitCode, context);
                String line = result.stdout.lines().filter(l -> l.startsWith("sample: first-request "))
                        .findFirst().orElse("");
                assertTrue(line.startsWith("sample: first-request client=" + client + " status=200 elapsed-ms="),
                        context);
                assertTrue(line.endsWith(" timed-out=false"), context);
                if (withAgent) {
                    // Also the server's count (read once: the server hands each recorded request out once).
                    JsonNode origin = Scenario.verifyClient(result, server, lib == null ? client : lib.agentName);
                    assertEquals(1, origin.path("requests").asLong(), context);
                } else {
                    assertEquals(1, server.truth().requests, context);
                }
            }
        }
    }

    private static mockwebserver3.MockResponse slow() {
        return TruthServer.smallBuilder().headersDelay(SERVER_DELAY_MS, TimeUnit.MILLISECONDS).build();
    }
}
