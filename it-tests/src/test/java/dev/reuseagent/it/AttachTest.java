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
            ChildJvm.Running app = running(jdk, "attach-target", server);
            attach(jdk, app, "summaryFile=" + app.summary);

            ChildJvm.Result run = app.finish();
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stderr.contains("started (attached)"), run::describe);
            TruthServer.Truth truth = server.truth();
            assertEquals(1, truth.connections, truth::toString);
            JsonNode origin = run.origin(server.origin());
            assertEquals(0, origin.path("newConnections").asLong(), "the one connection predates the agent");
            long seen = origin.path("requests").asLong();
            assertTrue(seen > 0 && seen < 60, () -> "only requests after the attach are seen: " + origin);
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
            ChildJvm.Running app = running(jdk, "attach-again", server);
            attach(jdk, app, "log=loud", 3);
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

    /** Attaches, asserting the CLI's exit status; returns what the CLI printed. */
    private static String attach(Jdk jdk, ChildJvm.Running app, String options, int expectedStatus)
            throws Exception {
        AgentCli attach = AgentCli.run(jdk, "attach", String.valueOf(app.process.pid()), options);
        assertEquals(expectedStatus, attach.status, attach.output);
        return attach.output;
    }

    private static void attach(Jdk jdk, ChildJvm.Running app, String options) throws Exception {
        attach(jdk, app, options, 0);
    }

    /** Starts the shared pattern without the agent; returns once it has made a few requests. */
    private static ChildJvm.Running running(Jdk jdk, String name, TruthServer server) throws Exception {
        ChildJvm.Running app = new ChildJvm(jdk, name).withoutAgent().start("urlconnection", "shared",
                "--url", server.url(), "--requests", "60", "--pause-ms", "100");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (server.truthSoFar() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return app;
    }

    /**
     * The CLI reports what happened in the target, not just that the attach connection worked: refused options
     * exit 3 with the target's own line, and failFast=true never ends the application attached to.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dev.reuseagent.it.Jdk#matrix")
    void refusedOptionsAreReportedByTheCli(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Running app = running(jdk, "attach-refused", server);
            String output = attach(jdk, app, "log=loud,failFast=true", 3);
            long pid = app.process.pid();
            assertTrue(output.contains("reuse-agent refused its options in " + pid + ": invalid option log=loud (from"
                    + " agent arguments): accepted off, new, all"), output);
            assertTrue(!output.contains("attached to"), output);

            ChildJvm.Result run = app.finish();
            assertEquals(0, run.exitCode, () -> "failFast must not end the JVM attached to\n" + run.describe());
            assertTrue(run.stdout.contains("ok=60 failed=0"), run::describe);
            assertEquals(60, server.truth().requests);
        }
    }

    /** A second attach changes nothing in the target, and the CLI says so: status 4 and the running options. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dev.reuseagent.it.Jdk#matrix")
    void aSecondAttachSaysTheAgentAlreadyRuns(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Running app = running(jdk, "attach-twice", server);
            String first = attach(jdk, app, "summaryFile=" + app.summary, 0);
            long pid = app.process.pid();
            assertTrue(first.contains("reuse-agent attached to " + pid), first);
            assertTrue(first.contains("started (attached)"), first);

            String second = attach(jdk, app, "log=all", 4);
            assertTrue(second.contains("reuse-agent was not attached again to " + pid + ": already runs in this JVM"
                    + " (attached, log=new, summary=exit, summaryFile=" + app.summary + "); the options of this"
                    + " install were not applied"), second);

            ChildJvm.Result run = app.finish();
            assertEquals(0, run.exitCode, run::describe);
            assertEquals(java.util.List.of(), run.lines("reused connection #"), "log=all was not applied");
            assertTrue(run.origin(server.origin()).path("requests").asLong() > 0);
        }
    }
}
