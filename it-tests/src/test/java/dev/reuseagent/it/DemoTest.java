package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's demo: every step's origin is counted as its server saw it, one greppable line per new connection
 * with origin, client, reason and the sample's own line, and each client's bad step next to its good one.
 */
class DemoTest {
    /** The demo's own report of what each embedded server saw (the server side of the wire). */
    private static final Pattern SERVER_SAW = Pattern.compile(
            "demo: {3}pattern=(\\S+(?: \\S+)?) ok=\\d+ failed=0; the server at (\\S+)/ saw (\\d+) requests on (\\d+) connection");
    private static final Pattern NEW_CONNECTION_LINE = Pattern.compile(".*\\[reuse-agent\\] new connection #\\d+ to "
            + "https?://127\\.0\\.0\\.1:\\d+ via [a-z0-9]+ reason=[a-z-]+ connect=\\d+\\.\\dms"
            + "( tls=(full|resumed)/\\d+\\.\\dms)? at dev\\.reuseagent\\.samples\\.[a-z0-9]+\\.\\w+\\.\\w+\\(\\w+\\.java:\\d+\\)");

    private static final Pattern ENFORCED_STEP = Pattern.compile(
            "demo: {3}enforce=okhttp exit=0; the server at \\S+ saw (\\d+) requests on (\\d+) connection");

    /** The bad pattern the demo shows for each client, and the reason the agent must give for it. */
    private static final Map<String, String> BAD_STEP_REASONS = Map.of(
            "new-ssl-factory", "new-client", // a new SSLSocketFactory is a new keep-alive cache: a new client
            "body-not-consumed", "body-not-consumed",
            "jdkhttp client-per-request", "new-client",
            "okhttp body-not-consumed", "body-not-consumed",
            "apache5 client-per-request", "new-client",
            "apache4 client-per-request", "new-client");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void demoShowsEveryNewConnectionWithOriginReasonAndSite(Jdk jdk) throws Exception {
        jdk.assumePresent();
        ChildJvm.Result run = new ChildJvm(jdk, "demo").demoJar().run("demo");
        assertEquals(0, run.exitCode, run::describe);
        JsonNode summary = run.summary();

        Map<String, String> originByPattern = new LinkedHashMap<>();
        long newConnections = 0;
        Matcher m = SERVER_SAW.matcher(run.stdout);
        while (m.find()) {
            String pattern = m.group(1);
            JsonNode origin = run.origin(m.group(2));
            String context = pattern + ": " + m.group() + "\nagent: " + origin;
            assertEquals(Long.parseLong(m.group(3)), origin.path("requests").asLong(), context);
            assertEquals(Long.parseLong(m.group(4)), origin.path("newConnections").asLong(), context);
            newConnections += origin.path("newConnections").asLong();
            originByPattern.put(pattern, m.group(2));
        }
        assertEquals(11, originByPattern.size(), () -> "3 urlconnection steps + a good and a bad one for each of "
                + "4 clients: " + originByPattern + "\n" + run.describe());
        for (Map.Entry<String, String> bad : BAD_STEP_REASONS.entrySet()) {
            JsonNode origin = run.origin(originByPattern.get(bad.getKey()));
            assertTrue(origin.path("newConnections").asLong() >= 10, bad.getKey() + ": " + origin);
            assertEquals(origin.path("newConnections").asLong() - 1,
                    origin.path("reasons").path(bad.getValue()).asLong(), bad.getKey() + ": " + origin);
        }

        List<String> lines = run.lines("[reuse-agent] new connection #");
        assertEquals(newConnections, lines.size(), run::describe);
        for (String line : lines) {
            assertTrue(NEW_CONNECTION_LINE.matcher(line).matches(), line);
        }
        assertTrue(run.stderr.contains("hints:"), run::describe);

        // The last step: OkHttp's client per request again, in a second JVM with enforce=okhttp; the server counts.
        Matcher enforced = ENFORCED_STEP.matcher(run.stdout);
        assertTrue(enforced.find(), run::describe);
        assertEquals("10", enforced.group(1), run::describe);
        assertEquals("1", enforced.group(2), run::describe);
        assertTrue(run.stdout.contains("[reuse-agent] enforce okhttp shared-pool at dev.reuseagent.samples.okhttp."
                + "ClientPerRequestPattern.get(ClientPerRequestPattern.java:"), run::describe);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong());
    }
}
