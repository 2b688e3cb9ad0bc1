package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A relocated copy of a known client: Apache HttpClient 4.5 moved into com.acme.vendor.shaded, as products ship it
 * (sample-apps-vendored.jar). The agent recognises it by the shape of its classes and reports it as apache4, with
 * the relocation noted (log line, summary note and {@code agent.relocatedClients}), counts equal to the server's and
 * the sample's own line as site (not a frame of the relocated library).
 */
class RelocatedClientTest {

    private static final Path VENDORED_JAR = existing("sample.apps.vendored.jar");
    private static final String MAIN = "dev.reuseagent.samples.vendored.VendoredMain";
    private static final String SOURCE = "dev/reuseagent/samples/vendored/VendoredPatterns.java";
    private static final String RELOCATED = "com.acme.vendor.shaded.org.apache.http.";

    private static ChildJvm.Result vendored(Jdk jdk, String name, TruthServer server, String pattern, int requests)
            throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        return new ChildJvm(jdk, name).classpath(List.of(VENDORED_JAR), MAIN)
                .run(pattern, "--url", server.url(), "--requests", String.valueOf(requests), "--trust-pem",
                        pem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestIsApache4WithReasonNewClient(Jdk jdk) throws Exception {
        run(jdk, false, "client-per-request", 6, 6, "new-client");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestOverHttpsCountsAFullHandshakePerConnection(Jdk jdk) throws Exception {
        JsonNode origin = run(jdk, true, "client-per-request", 6, 6, "new-client");
        // A new client per request means a new SSLContext: no session to resume.
        assertEquals(6, origin.path("tls").path("full").asLong(), origin::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientOpensOneConnectionAndReusesIt(Jdk jdk) throws Exception {
        JsonNode origin = run(jdk, false, "shared", 8, 1);
        assertEquals(7, origin.path("reusedConnections").asLong(), origin::toString);
    }

    /** Runs one pattern of the vendored sample against a fresh server and checks it; returns the origin's entry. */
    private static JsonNode run(Jdk jdk, boolean https, String pattern, int requests, int expectedConnections,
            String... expectedReasons) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = https ? TruthServer.https(TruthServer::small)
                : TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = vendored(jdk, "relocated-" + pattern + (https ? "-https" : ""), server, pattern,
                    requests);
            return verifyRelocated(run, server, expectedConnections, expectedReasons);
        }
    }

    /** Every check of a relocated copy's run; returns the origin's summary entry. */
    private static JsonNode verifyRelocated(ChildJvm.Result run, TruthServer server, int expectedConnections,
            String... expectedReasons) throws Exception {
        // Counts equal to the server's, transport attribution, one log line per connection at the sample's line,
        // adviceErrors 0.
        JsonNode origin = Scenario.verifyClient(run, server, "apache4", expectedReasons);
        JsonNode summary = run.summary();
        String context = origin + "\n" + run.describe();
        assertEquals(expectedConnections, origin.path("newConnections").asLong(), context);

        String site = "dev.reuseagent.samples.vendored.VendoredPatterns.get(VendoredPatterns.java:" + executeLine()
                + ")";
        assertEquals(1, origin.path("sites").size(), context);
        assertEquals(site, origin.path("sites").path(0).path("site").asText(), context);

        // The relocation is noted: one log line, the summary's notes and agent.relocatedClients.
        String note = "apache4 recognised relocated to " + RELOCATED + " (from org.apache.http.) in class loader 'app'";
        assertEquals(1, run.lines("[reuse-agent] " + note).size(), context); // and once as the summary's note
        JsonNode agent = summary.path("agent");
        assertTrue(agent.path("notes").toString().contains(note), context);
        JsonNode relocated = agent.path("relocatedClients");
        assertEquals(1, relocated.size(), context);
        assertEquals("apache4", relocated.path(0).path("client").asText(), context);
        assertEquals(RELOCATED, relocated.path(0).path("packages").path("org.apache.http.").asText(), context);
        assertTrue(relocated.path(0).path("classLoader").asText().startsWith("class loader 'app'"), context);
        assertFalse(run.stderr.contains("stands down"), context);
        assertFalse(run.stderr.contains("client unknown"), context);
        return origin;
    }

    /** The line of VendoredPatterns that calls the relocated client's execute, read from the sample's source. */
    private static int executeLine() throws IOException {
        Path source = Paths.get(System.getProperty("sample.apps.classes")).resolve("../../src/main/java")
                .resolve(SOURCE).normalize();
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("client.execute(")) {
                return i + 1;
            }
        }
        throw new AssertionError("no client.execute( in " + source);
    }

    private static Path existing(String property) {
        Path path = Paths.get(System.getProperty(property, "")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " (system property " + property + ") does not exist: build "
                    + "sample-apps first");
        }
        return path;
    }
}
