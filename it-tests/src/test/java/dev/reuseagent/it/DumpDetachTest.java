package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A running JVM, as an operator meets it: attach, requests, {@code dump} equals the server's count, {@code detach},
 * further requests are not counted and the application runs on unharmed, and a later attach starts afresh.
 */
class DumpDetachTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void attachDumpDetachAndAttachAgain(Jdk jdk) throws Exception {
        jdk.assumePresent();
        Path dir = ChildJvm.WORK.resolve("phased-" + jdk.name);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.delete(p);
            }
        }
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            Path testClasses = Paths.get(PhasedApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ChildJvm.Running app = new ChildJvm(jdk, "phased").withoutAgent()
                    .classpath(List.of(testClasses), PhasedApp.class.getName())
                    .start(dir.toString(), server.url(), "3", "10", "10", "5");
            String pid = String.valueOf(app.process.pid());
            try {
                awaitDone(dir, 0);
                AgentCli attach = AgentCli.run(jdk, "attach", pid, "summaryFile=" + dir.resolve("attached.json"));
                assertEquals(0, attach.status, attach.output);
                phase(dir, 1);

                AgentCli dump = AgentCli.run(jdk, "dump", pid);
                assertEquals(0, dump.status, dump.output);
                assertTrue(dump.output.contains("summary after"), dump.output);
                assertTrue(dump.output.contains(server.origin()), dump.output);
                Path json = dir.resolve("dump.json");
                AgentCli dumpJson = AgentCli.run(jdk, "dump", pid, "--json", json.toString());
                assertEquals(0, dumpJson.status, dumpJson.output);
                JsonNode origin = origin(JSON.readTree(json.toFile()), server.origin());
                assertEquals(3 + 10, server.truthSoFar());
                assertEquals(10, origin.path("requests").asLong(), "the 10 requests since the attach: " + origin);
                assertEquals(10, origin.path("reusedConnections").asLong(), "on the connection adopted: " + origin);

                AgentCli detach = AgentCli.run(jdk, "detach", pid);
                assertEquals(0, detach.status, detach.output);
                assertTrue(detach.output.contains("reuse-agent detached: advice taken out of "), detach.output);
                JsonNode atDetach = origin(JSON.readTree(dir.resolve("attached.json").toFile()), server.origin());
                assertEquals(10, atDetach.path("requests").asLong(), "the summary file written at detach");
                phase(dir, 2);
                AgentCli afterDetach = AgentCli.run(jdk, "dump", pid);
                assertEquals(6, afterDetach.status, "no agent runs there now: " + afterDetach.output);

                AgentCli again = AgentCli.run(jdk, "attach", pid, "summaryFile=" + dir.resolve("again.json"));
                assertEquals(0, again.status, "a later attach starts afresh: " + again.output);
                phase(dir, 3);
            } finally {
                app.process.waitFor(60, TimeUnit.SECONDS);
            }
            ChildJvm.Result run = app.finish();
            assertEquals(0, run.exitCode, run::describe);
            assertTrue(run.stdout.contains("phase: 3 requests=5 failed=0"), run::describe);
            assertTrue(run.stdout.contains("phase: 2 requests=10 failed=0"), run::describe);
            assertTrue(!run.stdout.contains("phase: failed"), run::describe);
            assertEquals(3 + 10 + 10 + 5, server.truth().requests);
            JsonNode fresh = JSON.readTree(dir.resolve("again.json").toFile());
            assertEquals(5, origin(fresh, server.origin()).path("requests").asLong(),
                    "the 10 requests after the detach were not counted: " + fresh);
            assertEquals(0, fresh.path("agent").path("adviceErrors").asLong(), fresh::toString);
        }
    }

    private static void phase(Path dir, int phase) throws Exception {
        Files.writeString(dir.resolve("go-" + phase), "");
        awaitDone(dir, phase);
    }

    private static void awaitDone(Path dir, int phase) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(dir.resolve("done-" + phase))) {
            assertTrue(System.nanoTime() < deadline, "phase " + phase + " did not end");
            Thread.sleep(20);
        }
    }

    private static JsonNode origin(JsonNode summary, String origin) {
        for (JsonNode o : summary.path("origins")) {
            if (o.path("origin").asText().equals(origin)) {
                return o;
            }
        }
        throw new AssertionError("no origin " + origin + " in " + summary);
    }
}
