package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attaching to a running JVM by pid: the connection opened before the agent arrived is adopted, not recounted. */
class AttachTest {


    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dev.reuseagent.it.Jdk#matrix")
    void attachToRunningJvmAdoptsItsOpenConnection(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Running app = new ChildJvm(jdk, "attach-target").withoutAgent().start("urlconnection", "shared",
                    "--url", server.url(), "--requests", "100", "--pause-ms", "100");
            // Let it open its connection and make a few requests first.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.truthSoFar() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            attach(jdk, app, "summaryFile=" + app.summary);

            ChildJvm.Result run = app.finish();
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stderr.contains("started (attached)"), run::describe);
            TruthServer.Truth truth = server.truth();
            assertEquals(1, truth.connections, truth::toString);
            JsonNode origin = run.origin(server.origin());
            assertEquals(0, origin.path("newConnections").asLong(), "the one connection predates the agent");
            long seen = origin.path("requests").asLong();
            assertTrue(seen > 0 && seen < 100, () -> "only requests after the attach are seen: " + origin);
            assertEquals(seen, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong());
            assertTrue(Files.exists(run.summaryFile));
        }
    }

    /** An attach refused for a bad option starts nothing, so the next attach, with the option fixed, starts the agent. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dev.reuseagent.it.Jdk#matrix")
    void anAttachWithABadOptionLeavesRoomForACorrectedOne(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Running app = new ChildJvm(jdk, "attach-again").withoutAgent().start("urlconnection", "shared",
                    "--url", server.url(), "--requests", "100", "--pause-ms", "100");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.truthSoFar() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            attach(jdk, app, "log=loud");
            attach(jdk, app, "summaryFile=" + app.summary);

            ChildJvm.Result run = app.finish();
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stderr.contains("invalid option log=loud"), run::describe);
            assertTrue(run.stderr.contains("started (attached)"), run::describe);
            assertTrue(!run.stderr.contains("already installed"), run::describe);
            JsonNode origin = run.origin(server.origin());
            assertTrue(origin.path("requests").asLong() > 0, origin::toString);
        }
    }

    private static void attach(Jdk jdk, ChildJvm.Running app, String options) throws Exception {
        Process attach = new ProcessBuilder(jdk.java().toString(), "-jar", ChildJvm.AGENT_JAR.toString(),
                "attach", String.valueOf(app.process.pid()), options).redirectErrorStream(true).start();
        String output = new String(attach.getInputStream().readAllBytes());
        assertTrue(attach.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, attach.exitValue(), output);
    }
}
