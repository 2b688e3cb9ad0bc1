package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the agent starts, refuses bad options and stays out of the way: always with a real application run. */
class AgentBehaviourTest {

    private static final Jdk JDK = Jdk.matrix().get(0);

    private static ChildJvm.Result shared(ChildJvm jvm, TruthServer server, int requests) throws Exception {
        return jvm.run("urlconnection", "shared", "--url", server.url(), "--requests", String.valueOf(requests));
    }

    /** A bad value: one line naming key, value and what is accepted; the application runs unchanged. */
    private static void assertRefused(String option, String expectedLine) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            String name = "bad-" + option.replaceAll("[^a-zA-Z0-9]", "_");
            ChildJvm.Result run = shared(new ChildJvm(JDK, name).agentOption(option), server, 3);
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stdout.contains("ok=3 failed=0"), run::describe);
            List<String> agentLines = run.lines("[reuse-agent]");
            assertEquals(1, agentLines.size(), () -> "exactly one agent line expected\n" + run.describe());
            assertTrue(agentLines.get(0).contains(expectedLine), run::describe);
            assertTrue(agentLines.get(0).contains("the agent is off for this run"), run::describe);
            assertFalse(Files.exists(run.summaryFile), "an agent that is off writes no summary");
            assertEquals(3, server.truth().requests);
        }
    }

    @Test
    void unknownLogLevelIsRefusedWithOneLine() throws Exception {
        assertRefused("log=loud", "invalid option log=loud (from agent arguments): accepted off, new, all");
    }

    @Test
    void negativeMaxOriginsIsRefusedWithOneLine() throws Exception {
        assertRefused("maxOrigins=-3", "invalid option maxOrigins=-3 (from agent arguments): accepted a whole "
                + "number greater than 0");
    }

    @Test
    void unwritableSummaryFileIsRefusedWithOneLine() throws Exception {
        assertRefused("summaryFile=/nonexistent-dir/summary.json", "invalid option summaryFile=/nonexistent-dir/"
                + "summary.json (from agent arguments): accepted a path to a writable file in an existing, writable "
                + "directory");
    }

    /**
     * failFast=true: the one line naming the option, then the JVM ends with the documented status 78 (EX_CONFIG),
     * before the application's main: nothing else on stderr (no JPLIS assertion, no fatal error, no stack trace).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dev.reuseagent.it.Jdk#matrix")
    void failFastStopsTheJvmOnABadOption(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = shared(new ChildJvm(jdk, "fail-fast").agentOption("log=loud")
                    .agentOption("failFast=true"), server, 1);
            assertEquals(78, run.exitCode, run::describe);
            assertEquals(List.of("[reuse-agent] invalid option log=loud (from agent arguments): accepted off, new, all;"
                    + " failFast=true: the JVM stops with status 78"), nonEmptyLines(run.stderr), run::describe);
            assertFalse(run.stderr.contains("JPLIS") || run.stderr.contains("FATAL"), run::describe);
            assertEquals("", run.stdout, "the application's main never ran");
            assertEquals(0, server.truth().requests, "the application never ran");
        }
    }

    static List<String> nonEmptyLines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void disabledAgentLeavesTheApplicationAlone() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = shared(new ChildJvm(JDK, "disabled").agentOption("enabled=false"), server, 3);
            assertEquals(0, run.exitCode, run::describe);
            assertEquals(List.of(), run.lines("new connection"));
            assertFalse(Files.exists(run.summaryFile));
        }
    }

    @Test
    void secondInstallIsIgnoredAndCountsStayExact() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = shared(new ChildJvm(JDK, "twice").agentTwice(), server, 5);
            assertTrue(run.stderr.contains("already installed in this JVM"), run::describe);
            JsonNode origin = Scenario.verify(run, server);
            assertEquals(1, origin.path("newConnections").asLong());
        }
    }

    @Test
    void optionsFromSystemPropertiesEnvironmentAndFileWithPrecedence() throws Exception {
        Path dir = ChildJvm.WORK.resolve("config-sources");
        Files.createDirectories(dir);
        Path file = dir.resolve("reuse-agent.properties");
        Files.writeString(file, "log=all\nlogLimit=7\n");
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            // file says log=all, the environment says log=new (wins over the file), -D says summary=off (wins)
            ChildJvm jvm = new ChildJvm(JDK, "config-sources")
                    .agentOption("config=" + file)
                    .env("REUSE_AGENT_LOG", "new")
                    .jvmArg("-Dreuse.agent.summary=off");
            ChildJvm.Result run = shared(jvm, server, 4);
            assertEquals(0, run.exitCode, run::describe);
            assertEquals(List.of(), run.lines("reused connection"), "log=new from the environment beats the file");
            assertEquals(1, run.lines("new connection #").size(), run::describe);
            assertEquals(List.of(), run.lines("summary after"), "summary=off from -D");
            assertTrue(Files.exists(run.summaryFile), "summaryFile is still written");
        }
    }

    @Test
    void logAllShowsEveryReusedConnection() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = shared(new ChildJvm(JDK, "log-all").agentOption("log=all"), server, 5);
            Scenario.verify(run, server);
            assertEquals(4, run.lines("reused connection #1 to " + server.origin() + " via urlconnection").size(),
                    run::describe);
            List<String> events = Files.readAllLines(run.eventsFile);
            assertEquals(5, events.size(), () -> String.join("\n", events));
            assertTrue(events.get(0).startsWith("{\"event\":\"new\""), events.get(0));
            assertTrue(events.get(1).startsWith("{\"event\":\"reused\""), events.get(1));
        }
    }

    @Test
    void logFileTakesTheLinesAwayFromStderr() throws Exception {
        Path log = ChildJvm.WORK.resolve("log-file").resolve("agent.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = shared(new ChildJvm(JDK, "log-file").agentOption("logFile=" + log), server, 3);
            assertEquals(0, run.exitCode, run::describe);
            assertEquals(List.of(), run.lines("[reuse-agent]"), "nothing of the agent on stderr");
            String written = Files.readString(log);
            assertTrue(written.contains("[reuse-agent] new connection #1 to " + server.origin()), written);
            assertTrue(written.contains("summary after"), written);
        }
    }

    @Test
    void summaryIntervalPrintsAndWritesWhileRunning() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm jvm = new ChildJvm(JDK, "summary-interval").agentOption("summaryInterval=300ms");
            ChildJvm.Result run = jvm.run("urlconnection", "shared", "--url", server.url(), "--requests", "6",
                    "--pause-ms", "250");
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.lines("summary after").size() >= 3, run::describe);
            Scenario.verify(run, server);
        }
    }
}
