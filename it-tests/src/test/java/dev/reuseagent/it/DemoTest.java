package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's demo: one greppable line per new connection, each with origin, reason and site. */
class DemoTest {


    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dev.reuseagent.it.Jdk#matrix")
    void demoShowsEveryNewConnectionWithOriginReasonAndSite(Jdk jdk) throws Exception {
        jdk.assumePresent();
        ChildJvm.Result run = new ChildJvm(jdk, "demo").demoJar().run("demo");
        assertEquals(0, run.exitCode, run::describe);
        JsonNode summary = run.summary();
        long newConnections = 0;
        for (JsonNode origin : summary.path("origins")) {
            newConnections += origin.path("newConnections").asLong();
        }
        assertEquals(31, newConnections, () -> "1 shared + 20 new-ssl-factory + 10 body-not-consumed\n" + summary);
        List<String> lines = run.lines("[reuse-agent] new connection #");
        assertEquals(newConnections, lines.size(), run::describe);
        for (String line : lines) {
            assertTrue(line.matches(".*\\[reuse-agent\\] new connection #\\d+ to https?://127\\.0\\.0\\.1:\\d+ via "
                    + "urlconnection reason=[a-z-]+ connect=\\d+\\.\\dms( tls=(full|resumed)/\\d+\\.\\dms)? at "
                    + "dev\\.reuseagent\\.samples\\.urlconnection\\.\\w+\\.\\w+\\(\\w+\\.java:\\d+\\)"), line);
        }
        assertTrue(run.stderr.contains("hints:"), run::describe);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong());
    }
}
