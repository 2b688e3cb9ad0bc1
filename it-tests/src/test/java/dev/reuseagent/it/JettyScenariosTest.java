package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jetty's HttpClient 12.1 (HTTP/1.1), reported by the {@code jetty} slice: per origin, requests, new and reused
 * connections from its pool, reasons, close causes and the sample's line as the site, every count checked against
 * what the server saw, over http and https, every JDK of the matrix. Before the slice these connects were
 * {@code unknown}, with the site in Jetty's selector.
 */
class JettyScenariosTest {

    private static ChildJvm.Result jetty(Jdk jdk, String name, TruthServer server, String pattern, String... extra)
            throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        String[] args = new String[6 + extra.length];
        String[] base = {ClientLib.JETTY.command, pattern, "--url", server.url(), "--trust-pem", pem.toString()};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new ChildJvm(jdk, name).client(ClientLib.JETTY).run(args);
    }

    private static long reason(JsonNode origin, String reason) {
        return origin.path("reasons").path(reason).asLong();
    }

    private static void siteIsTheSamplesLine(JsonNode origin, String patternClass) {
        String site = origin.path("sites").path(0).path("site").asText();
        assertTrue(site.startsWith("dev.reuseagent.samples.jetty." + patternClass + ".get(" + patternClass
                + ".java:"), origin::toString);
    }

    /** {@code --protocol h2} for the h2 runs (over TLS, by ALPN): HTTP/2 streams are reused exchanges. */
    private static String protocol(String scheme) {
        return scheme.equals("h2") ? "h2" : "http1";
    }

    private static void sharedClient(Jdk jdk, TruthServer server, String scheme) throws Exception {
        ChildJvm.Result run = jetty(jdk, "jetty-shared-" + scheme, server, "shared", "--requests", "20",
                "--protocol", protocol(scheme));
        JsonNode origin = Scenario.verifyClient(run, server, "jetty");
        assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
        // nothing on stderr but the agent's lines (QuietStartTest's rule)
        assertEquals(List.of(), QuietStartTest.foreignLines(run.stderr), run::describe);
        assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(19, origin.path("reusedConnections").asLong(), origin::toString);
        assertEquals(1, reason(origin, "first-use"), origin::toString);
        siteIsTheSamplesLine(origin, "JettySharedPattern");
        Scenario.tlsPerConnection(origin, scheme.equals("https"));
        // the client is stopped at the end: its connection closes as the application's doing
        assertEquals(1, origin.path("closes").path("app-closed").asLong(), origin::toString);
    }

    private static void clientPerRequest(Jdk jdk, TruthServer server, String scheme) throws Exception {
        ChildJvm.Result run = jetty(jdk, "jetty-client-per-request-" + scheme, server, "client-per-request",
                "--requests", "6", "--protocol", protocol(scheme));
        JsonNode origin = Scenario.verifyClient(run, server, "jetty", "new-client");
        assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
        assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(0, origin.path("reusedConnections").asLong(), origin::toString);
        assertEquals(5, reason(origin, "new-client"), origin::toString);
        assertEquals(1, reason(origin, "first-use"), origin::toString);
        siteIsTheSamplesLine(origin, "JettyPerRequestPattern");
        Scenario.tlsPerConnection(origin, scheme.equals("https"));
        assertEquals(6, origin.path("closes").path("app-closed").asLong(), origin::toString);
        assertEquals(6, run.lines(" via jetty ").stream().filter(l -> l.contains("new connection #")).count(),
                run::describe);
    }

    /** Every JDK of the matrix, over http, https and h2 (HTTP/2 over TLS). */
    static Stream<Arguments> jdksAndSchemes() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of("http", "https", "h2").map(s -> Arguments.of(jdk, s)));
    }

    private static TruthServer server(String scheme) throws Exception {
        return switch (scheme) {
            case "https" -> TruthServer.https(TruthServer::small);
            case "h2" -> TruthServer.http2(TruthServer::small);
            default -> TruthServer.http(TruthServer::small);
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void sharedClientReusesOneConnection(Jdk jdk, String scheme) throws Exception {
        try (TruthServer server = server(scheme)) {
            sharedClient(jdk, server, scheme);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk, String scheme) throws Exception {
        try (TruthServer server = server(scheme)) {
            clientPerRequest(jdk, server, scheme);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverSaysConnectionClose(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = jetty(jdk, "jetty-server-close", server, "shared", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, "jetty", "server-closed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "server-closed"), origin::toString);
            assertEquals(6, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void idleTimeoutShorterThanThePauses(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = jetty(jdk, "jetty-idle-timeout", server, "short-idle-timeout",
                    "--requests", "3", "--pause-ms", "2500");
            JsonNode origin = Scenario.verifyClient(run, server, "jetty", "idle-timeout");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, reason(origin, "idle-timeout"), origin::toString);
            assertTrue(origin.path("closes").path("idle-timeout").asLong() >= 2, origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void concurrentRequestsOpenAConnectionEach(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = jetty(jdk, "jetty-pool-busy", server, "shared", "--requests", "40",
                    "--threads", "4");
            // Jetty may open one more connection than the requests then use (its demand count is a moment old):
            // that connect is discarded, not new
            JsonNode origin = Scenario.verifyCountsWithDiscarded(run, server);
            assertTrue(origin.path("newConnections").asLong() > 1, origin::toString);
            assertEquals(1, reason(origin, "first-use"), origin::toString);
            assertEquals(origin.path("newConnections").asLong() - 1, reason(origin, "pool-busy"), origin::toString);
            siteIsTheSamplesLine(origin, "JettySharedPattern");
        }
    }

    /** {@code send(listener)}: the pool misses inside it, on the application's thread, so the site is still its line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void asyncSendNamesTheLineThatSent(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = jetty(jdk, "jetty-async", server, "async", "--requests", "12");
            JsonNode origin = Scenario.verifyClient(run, server, "jetty");
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(11, origin.path("reusedConnections").asLong(), origin::toString);
            siteIsTheSamplesLine(origin, "JettyAsyncPattern");
        }
    }

    /**
     * HTTP/2 from four threads: streams run side by side on shared connections. Jetty may open a connection under
     * that demand that no stream then uses (before the server's SETTINGS raise the stream limit): a TCP connect the
     * server sees no request on, so it is {@code discarded}, never a new connection.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void http2ConcurrentStreamsCountOnlyTheConnectionsTheyUse(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            ChildJvm.Result run = jetty(jdk, "jetty-h2-threads", server, "shared", "--requests", "40",
                    "--threads", "4", "--protocol", "h2");
            JsonNode origin = Scenario.verifyCountsWithDiscarded(run, server);
            assertEquals(1, reason(origin, "first-use"), origin::toString);
        }
    }

    /**
     * A server whose certificate the client does not trust (the sample trusts only the JDK's default CAs here): the
     * TCP connect succeeds, the TLS handshake (on Jetty's threads) does not. Each attempt is one failed connection of
     * the origin at the sample's line, as the other clients report it (FailedTlsTest), logged before the application
     * sees its exception, never a new connection, and its connect is Jetty's, not {@code unknown}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void anUntrustedCertificateIsAFailedConnection(Jdk jdk) throws Exception {
        jdk.assumePresent();
        int requests = 2;
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "jetty-untrusted-tls").client(ClientLib.JETTY).run(
                    ClientLib.JETTY.command, "shared", "--url", server.url(), "--requests", Integer.toString(requests));
            List<String> failed = FailedTlsTest.failedConnectionsOnly(run, server, "jetty", requests);
            String context = run.describe();
            for (String line : failed) {
                assertTrue(line.contains(" at dev.reuseagent.samples.jetty.JettySharedPattern.get("), () -> "the site. "
                        + context);
            }

            // the connects are Jetty's: attributed, failed, never logged or counted as unknown. Jetty may open one
            // more for the next queued request while the first one fails (seen once on JDK 25, on a busy machine):
            // closed unused, it is discarded, as every connection no exchange took (the README's Jetty row)
            assertEquals(List.of(), run.lines(" via unknown"), context);
            JsonNode endpoint = Scenario.endpoint(run.summary(), Scenario.defaultEndpoint(server));
            assertEquals(requests, endpoint.path("attributed").asLong(), context);
            assertEquals(requests, endpoint.path("clients").path("jetty").asLong(), context);
            assertEquals(0, endpoint.path("unattributed").asLong(), context);
            assertEquals(endpoint.path("tcpConnects").asLong(),
                    endpoint.path("attributed").asLong() + endpoint.path("discarded").asLong(), context);
        }
    }
}
