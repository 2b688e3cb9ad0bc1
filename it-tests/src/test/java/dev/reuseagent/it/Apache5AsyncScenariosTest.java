package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apache HttpClient 5.5's async API ({@code HttpAsyncClients.custom()}/{@code createMinimal(...)} over
 * {@code PoolingAsyncClientConnectionManager}, and the HTTP/2-only {@code customHttp2()}) reported by its own slice,
 * {@code apache5-async}: before it, its connects (made on I/O reactor threads) were {@code unknown}, with no
 * origin, request or site. HTTP/1.1 and HTTP/2 (ALPN over TLS, prior knowledge over
 * cleartext), over http and https; every count against the server's own, on every JDK of the matrix. The core
 * cases ({@link #versions()}) run on HttpClient 5.6 as well.
 */
class Apache5AsyncScenariosTest {

    private static final String CLIENT = "apache5-async";
    private static final String SAMPLES = "dev.reuseagent.samples.apache5async.";
    /**
     * The library completes a response's future before it releases the connection to the pool, on its I/O thread:
     * a request sent at once after the previous one's {@code get()} may find the connection still leased and open
     * another ({@code pool-busy}, which is then what happened). A short pause makes "one connection" deterministic.
     */
    private static final String PAUSE = "50";

    /** Each JDK of the matrix with HttpClient 5.5 and with 5.6: the core cases run on both. */
    static Stream<Arguments> versions() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(ClientLib.APACHE5_ASYNC, ClientLib.APACHE5_6_ASYNC)
                .map(lib -> Arguments.of(jdk, lib)));
    }

    private static ChildJvm.Result run(Jdk jdk, String name, TruthServer server, String pattern, String... extra)
            throws Exception {
        return run(jdk, ClientLib.APACHE5_ASYNC, name, server, pattern, extra);
    }

    private static ChildJvm.Result run(Jdk jdk, ClientLib lib, String name, TruthServer server, String pattern,
            String... extra) throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        String runName = lib == ClientLib.APACHE5_ASYNC ? name : name + "-" + lib.version;
        return new ChildJvm(jdk, runName).client(lib).run(concat(new String[] {
            lib.command, pattern, "--url", server.url(), "--trust-pem", pem.toString()}, extra));
    }

    private static String[] concat(String[] first, String... then) {
        String[] all = java.util.Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }

    private static long reason(JsonNode origin, String reason) {
        return origin.path("reasons").path(reason).asLong();
    }

    /**
     * The slice applied (no stand-down), the sample spoke {@code protocol}, and the site is the sample's line.
     */
    private static void reportedBySlice(ChildJvm.Result run, JsonNode origin, String protocol, String pattern)
            throws Exception {
        assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
        assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
        assertTrue(run.stdout.contains("sample: protocol=" + protocol), run::describe);
        String site = origin.path("sites").path(0).path("site").asText();
        assertTrue(site.startsWith(SAMPLES + pattern + ".get(" + pattern + ".java:"), origin::toString);
    }

    /** Over https, one TLS handshake per connection (the transport layer's SSLEngine hooks); none over http. */
    private static void assertHandshakes(TruthServer server, JsonNode origin, long connections) {
        JsonNode tls = origin.path("tls");
        assertEquals(server.url().startsWith("https:") ? connections : 0,
                tls.path("full").asLong() + tls.path("resumed").asLong(), origin::toString);
    }

    /**
     * The shared client, sequential requests: one connection, every request after the first reused; the sample
     * spoke {@code protocol}; the one close is the client's own at the end (a minimal client does not close it).
     */
    private static void oneConnection(Jdk jdk, String name, TruthServer server, int requests, String protocol,
            String... extra) throws Exception {
        oneConnection(jdk, ClientLib.APACHE5_ASYNC, name, server, "shared", requests, protocol, extra);
    }

    private static void oneConnection(Jdk jdk, String name, TruthServer server, String pattern, int requests,
            String protocol, String... extra) throws Exception {
        oneConnection(jdk, ClientLib.APACHE5_ASYNC, name, server, pattern, requests, protocol, extra);
    }

    private static void oneConnection(Jdk jdk, ClientLib lib, String name, TruthServer server, String pattern,
            int requests, String protocol, String... extra) throws Exception {
        ChildJvm.Result run = run(jdk, lib, name, server, pattern,
                concat(new String[] {"--requests", String.valueOf(requests), "--pause-ms", PAUSE}, extra));
        JsonNode origin = Scenario.verifyClient(run, server, CLIENT);
        reportedBySlice(run, origin, protocol, "SharedClientPattern");
        assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(requests - 1, origin.path("reusedConnections").asLong(), origin::toString);
        assertEquals(1, reason(origin, "first-use"), origin::toString);
        assertHandshakes(server, origin, 1);
        if (pattern.equals("shared")) { // the minimal client leaves a manager it was given open; h2-only: no closes
            assertEquals(1, origin.path("closes").path("app-closed").asLong(), origin::toString);
        }
        // a healthy run: nothing but the agent's lines on stderr (QuietStartTest's check)
        assertEquals(java.util.List.of(), QuietStartTest.foreignLines(run.stderr), run::describe);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("versions")
    void sharedClientReusesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            oneConnection(jdk, lib, "apache5-async-shared", server, "shared", 20, "HTTP/1.1");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("versions")
    void sharedClientOverHttps(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            oneConnection(jdk, lib, "apache5-async-shared-https", server, "shared", 10, "HTTP/1.1");
        }
    }

    /** HTTP/2 by ALPN: one connection, every request after the first a stream on it, i.e. reused. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("versions")
    void http2StreamsAreReusedExchangesOnOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            oneConnection(jdk, lib, "apache5-async-h2", server, "shared", 8, "HTTP/2", "--protocol", "h2");
        }
    }

    /** HTTP/2 over cleartext with prior knowledge ({@code HttpVersionPolicy.FORCE_HTTP_2} on http://). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void http2PriorKnowledge(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.h2PriorKnowledge(TruthServer::small)) {
            oneConnection(jdk, "apache5-async-h2c", server, 8, "HTTP/2", "--protocol", "h2");
        }
    }

    /** The HTTP/2-only client ({@code HttpAsyncClients.customHttp2()}, its own session pool), by ALPN. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("versions")
    void http2OnlyClient(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            oneConnection(jdk, lib, "apache5-async-h2-only", server, "h2-shared", 8, "HTTP/2");
        }
    }

    /** The HTTP/2-only client per request, over cleartext (prior knowledge). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void http2OnlyClientPerRequest(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.h2PriorKnowledge(TruthServer::small)) {
            perRequest(jdk, "apache5-async-h2-only-per-request", server, "h2-client-per-request", "HTTP/2");
        }
    }

    /** {@code HttpAsyncClients.createMinimal}: no execution chain, the same connection manager and hooks. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void minimalClientOverHttps(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            oneConnection(jdk, "apache5-async-minimal", server, "minimal-shared", 8, "HTTP/1.1");
        }
    }

    /**
     * No pause, several threads: the pool opens what it needs (a request finding every connection leased, or not yet
     * released by the I/O thread, opens one: {@code pool-busy}); every count still the server's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void concurrentRequests(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "apache5-async-threads", server, "shared", "--requests", "40",
                    "--threads", "4");
            boolean raced = run.origin(server.origin()).path("newConnections").asLong() > 1;
            JsonNode origin = raced ? Scenario.verifyClient(run, server, CLIENT, "pool-busy")
                    : Scenario.verifyClient(run, server, CLIENT);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
            assertTrue(origin.path("newConnections").asLong() <= 5, origin::toString);
        }
    }

    /**
     * A client per request, 6 requests: 6 new connections, 5 of them {@code new-client}, at the sample's line.
     *
     * @return the origin's entry, for more checks
     */
    private static JsonNode perRequest(Jdk jdk, String name, TruthServer server, String pattern, String protocol,
            String... extra) throws Exception {
        return perRequest(jdk, ClientLib.APACHE5_ASYNC, name, server, pattern, protocol, extra);
    }

    private static JsonNode perRequest(Jdk jdk, ClientLib lib, String name, TruthServer server, String pattern,
            String protocol, String... extra) throws Exception {
        ChildJvm.Result run = run(jdk, lib, name, server, pattern, concat(new String[] {"--requests", "6"}, extra));
        JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "new-client");
        reportedBySlice(run, origin, protocol, "ClientPerRequestPattern");
        assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(5, reason(origin, "new-client"), origin::toString);
        assertEquals(1, reason(origin, "first-use"), origin::toString);
        assertEquals(6, run.lines(" via apache5-async ").size(), run::describe);
        assertHandshakes(server, origin, 6); // a new SSLContext per client: nothing to resume
        return origin;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("versions")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            JsonNode origin = perRequest(jdk, lib, "apache5-async-client-per-request", server, "client-per-request",
                    "HTTP/1.1");
            assertEquals(6, origin.path("closes").path("app-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestOverHttp2(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            perRequest(jdk, "apache5-async-client-per-request-h2", server, "client-per-request", "HTTP/2",
                    "--protocol", "h2");
        }
    }

    /** The server ends every connection after its response: each next one is {@code server-closed}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverSaysConnectionClose(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = run(jdk, "apache5-async-server-close", server, "shared", "--requests", "5",
                    "--pause-ms", PAUSE);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "server-closed");
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, reason(origin, "server-closed"), origin::toString);
            assertEquals(5, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    /** The server's Keep-Alive timeout, shorter than the pauses: the pool expires the idle connection. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void keepAliveTimeoutShorterThanPausesIsIdleTimeout(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .addHeader("Keep-Alive", "timeout=1").build())) {
            ChildJvm.Result run = run(jdk, "apache5-async-idle-timeout", server, "shared", "--requests", "3",
                    "--pause-ms", "1300");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "idle-timeout");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, reason(origin, "idle-timeout"), origin::toString);
        }
    }
}
