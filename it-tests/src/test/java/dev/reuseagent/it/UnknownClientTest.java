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
 * A client the agent does not recognise: Apache HttpClient 4.5 relocated into com.acme.vendor.shaded, as products
 * ship it (sample-apps-vendored.jar). The Apache 4 hooks match the library's own class names, so nothing claims
 * these connects: they must show up from the transport layer alone, per endpoint, under client "unknown", each
 * with the sample's own line as site (not a frame of the relocated library), as many as the server saw.
 */
class UnknownClientTest {

    private static final Path VENDORED_JAR = existing("sample.apps.vendored.jar");
    private static final String MAIN = "dev.reuseagent.samples.vendored.VendoredMain";
    private static final String SOURCE = "dev/reuseagent/samples/vendored/VendoredPatterns.java";

    private static ChildJvm.Result vendored(Jdk jdk, String name, TruthServer server, String pattern, int requests)
            throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        return new ChildJvm(jdk, name).classpath(List.of(VENDORED_JAR), MAIN)
                .run(pattern, "--url", server.url(), "--requests", String.valueOf(requests), "--trust-pem",
                        pem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestShowsEveryConnectUnderUnknownWithTheSamplesLine(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = vendored(jdk, "vendored-client-per-request", server, "client-per-request", 6);
            JsonNode endpoint = verifyUnknown(run, server, 6);
            assertEquals(6, endpoint.path("unattributedSites").path(0).path("tcpConnects").asLong(),
                    endpoint::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestOverHttpsCountsAFullHandshakePerConnect(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = vendored(jdk, "vendored-client-per-request-https", server, "client-per-request", 6);
            JsonNode endpoint = verifyUnknown(run, server, 6);
            // A new client per request means a new SSLContext: no session to resume.
            assertEquals(6, endpoint.path("tls").path("full").asLong(), endpoint::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientConnectsOnce(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = vendored(jdk, "vendored-shared", server, "shared", 8);
            verifyUnknown(run, server, 1);
        }
    }

    /** Every check of an unrecognised client's run; returns the server's endpoint entry of the summary. */
    private static JsonNode verifyUnknown(ChildJvm.Result run, TruthServer server, int expectedConnections)
            throws Exception {
        TruthServer.Truth truth = Scenario.verifySampleRan(run, server, expectedConnections);

        JsonNode summary = run.summary();
        String hostPort = server.origin().replaceFirst("^https?://", "");
        JsonNode endpoint = Scenario.endpoint(summary, hostPort);
        String context = truth + "; endpoint " + endpoint + "\n" + run.describe();
        assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), context);
        assertEquals(0, endpoint.path("attributed").asLong(), context);
        assertEquals(truth.connections, endpoint.path("unattributed").asLong(), context);
        assertEquals(truth.connections, endpoint.path("clients").path("unknown").asLong(), context);
        assertEquals(1, endpoint.path("clients").size(), "no recognised client: " + context);

        // The site is the sample's own line, not a frame of the relocated library.
        String site = "dev.reuseagent.samples.vendored.VendoredPatterns.get(VendoredPatterns.java:" + executeLine()
                + ")";
        assertEquals(1, endpoint.path("sites").size(), context);
        assertEquals(site, endpoint.path("sites").path(0).path("site").asText(), context);
        assertEquals(site, endpoint.path("unattributedSites").path(0).path("site").asText(), context);

        // Not mistaken for apache4 (or any client): no origin, no exchange log line.
        assertEquals(0, summary.path("origins").size(), context);
        // Its connects are announced as unknown ones (issue 12, point 8), nothing else.
        assertEquals(List.of(), run.lines("new connection #").stream().filter(l -> !l.contains(" via unknown at "))
                .toList(), context);
        assertEquals(truth.connections, run.lines(" via unknown at " + site).size(), context);
        assertTrue(run.stderr.contains("client unknown: " + truth.connections + " connects to " + hostPort
                + " not made by a recognised HTTP client (a relocated or unsupported client, or not HTTP; no reuse "
                + "data), top site " + site), context);
        assertFalse(run.stderr.contains("com.acme.vendor.shaded"), "no relocated frame named: " + context);
        for (String secret : new String[] {"secret-query", "s3cret-userinfo", "alice"}) {
            assertFalse(run.stderr.contains(secret), secret + " in the log: " + context);
            assertFalse(Files.readString(run.summaryFile).contains(secret), secret + " in the summary: " + context);
        }
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
        return endpoint;
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
