package dev.reuseagent.it;

import dev.reuseagent.it.UrlConnectionEnforceRuns.Servers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;

import static dev.reuseagent.it.UrlConnectionEnforceRuns.GENEROUS_DRAIN;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.REQUESTS;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.assertDrained;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.counted;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.ledger;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.servers;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.truthAgrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=urlconnection} at its bounds and on several threads, on JDK 17 and Temurin 25: a server stalling
 * mid-body (Content-Length over HTTP and HTTPS, chunked) and a body larger than the size bound close as without the
 * agent, the same connections and observations, with {@code close()} waiting about the drain's time bound (the
 * default, 100 ms) and never for the stalled server; and drains on 3 threads share the cache, every request
 * succeeding on no more connections than threads. The runs are {@link UrlConnectionEnforceRuns}'.
 */
@Isolated // runs alone: see junit-platform.properties
class UrlConnectionEnforceBoundsTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.UrlConnectionEnforceRuns#jdksAndSchemes")
    void serverStallingMidBodyClosesAsWithoutTheAgentWithinTheTimeBound(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        beyondTheBound(jdk, "stall-fixed-" + scheme,
                servers(scheme, () -> DrainBodies.stallingFixed(DrainBodies.LARGE, 256 * 1024, 3_000)),
                "body-not-consumed", null, "did not arrive within enforceDrain (100ms+4MiB)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void chunkedServerStallingMidBodyClosesAsWithoutTheAgentWithinTheTimeBound(Jdk jdk) throws Exception {
        jdk.assumePresent();
        beyondTheBound(jdk, "stall-chunked",
                servers("http", () -> DrainBodies.stallingChunked(DrainBodies.LARGE, 256 * 1024, 3_000)),
                "body-partly-read", null, "did not arrive within enforceDrain (100ms+4MiB)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void bodyLargerThanTheSizeBoundClosesAsWithoutTheAgent(Jdk jdk) throws Exception {
        jdk.assumePresent();
        beyondTheBound(jdk, "too-large", servers("http", () -> DrainBodies.fixed(200, DrainBodies.LARGE)),
                "body-not-consumed", "enforceDrain=5s+768KiB", "was larger than enforceDrain (5000ms+768KiB)");
    }

    /** Enforcement gives up: the server sees as many connections as without it, the application the same. */
    private static void beyondTheBound(Jdk jdk, String name, Servers servers, String pattern, String drainOption,
            String note) throws Exception {
        ChildJvm.Result off = counted(new ChildJvm(jdk, name + "-off"), servers, pattern, 0, REQUESTS);
        ChildJvm jvm = new ChildJvm(jdk, name + "-on").agentOption("enforce=urlconnection")
                .jvmArg("-Dsample.slowestClose=true");
        if (drainOption != null) {
            jvm.agentOption(drainOption);
        }
        ChildJvm.Result on = counted(jvm, servers, pattern, 0, REQUESTS);
        assertEquals(off.outputLine(), on.outputLine(), on::describe);
        assertTrue(ledger(on, "drain").isMissingNode(), on::describe);
        assertTrue(on.summary().path("agent").path("notes").toString().contains(note), on::describe);
        // close() waited for the drain at most about its time bound (100 ms), never for the stalled server (3 s).
        long slowestClose = slowestCloseMs(on);
        assertTrue(slowestClose < 2_000, () -> "close() took " + slowestClose + " ms\n" + on.describe());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void drainsOnSeveralThreadsShareTheCacheAndEveryRequestSucceeds(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // Drained connections re-enter the cache while other threads take connections from it: each must get its
        // connection with its own read timeout, and no more connections than threads are needed.
        try (TruthServer server = servers("http", () -> DrainBodies.chunked(200, DrainBodies.LARGE)).start()) {
            Path pem = TruthServer.trustPem(ChildJvm.WORK);
            ChildJvm.Result run = new ChildJvm(jdk, "drain-threads").agentOption("enforce=urlconnection")
                    .agentOption(GENEROUS_DRAIN).run("urlconnection", "body-partly-read", "--url", server.url(),
                            "--trust-pem", pem.toString(), "--requests", "24", "--threads", "3");
            TruthServer.Truth truth = truthAgrees(run, server, 0);
            assertEquals(24, truth.requests, run::describe);
            assertTrue(truth.connections <= 3, () -> truth + "\n" + run.describe());
            assertDrained(run, 24, 3);
        }
    }

    private static long slowestCloseMs(ChildJvm.Result run) {
        for (String line : run.stdout.split("\\R")) {
            if (line.startsWith("sample: slowest-close-ms=")) {
                return Long.parseLong(line.substring("sample: slowest-close-ms=".length()).trim());
            }
        }
        throw new AssertionError("no slowest-close-ms line\n" + run.describe());
    }
}
