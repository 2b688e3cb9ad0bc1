package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OkHttp scenarios, each in its own JVM with the agent, for OkHttp 4.12 and 5.3 (each on its own class path, the
 * same sample classes) on every JDK of the matrix. Every count is checked against what the server saw.
 */
class OkHttpScenariosTest {

    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(ClientLib.OKHTTP4, ClientLib.OKHTTP5)
                .map(lib -> Arguments.of(jdk, lib)));
    }

    private static ChildJvm.Result okhttp(Jdk jdk, ClientLib lib, String name, TruthServer server, String pattern,
            String... extra) throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        String[] base = {lib.command, pattern, "--url", server.url(), "--trust-pem", pem.toString()};
        String[] args = Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
        return new ChildJvm(jdk, name + "-" + lib).client(lib).run(args);
    }

    /** The summary's reason count (0 when absent). */
    private static long reason(JsonNode origin, String reason) {
        return origin.path("reasons").path(reason).asLong();
    }

    private static String topSite(JsonNode origin) {
        return origin.path("sites").path(0).path("site").asText();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void sharedClientReusesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-shared", server, "shared", "--requests", "10");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(9, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, reason(origin, "first-use"), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void sharedClientOverHttpsHandshakesOnce(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-shared-https", server, "shared", "--requests", "8");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("tls").path("full").asLong(), origin::toString);
            assertTrue(run.lines("new connection #1 ").get(0).contains(" tls=full/"), run::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-client-per-request", server, "client-per-request",
                    "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "new-client");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "new-client"), origin::toString);
            assertEquals(1, reason(origin, "first-use"), origin::toString);
            assertTrue(topSite(origin).startsWith(
                    "dev.reuseagent.samples.okhttp.ClientPerRequestPattern.get(ClientPerRequestPattern.java:"),
                    origin::toString);
            assertEquals(6, origin.path("sites").path(0).path("newConnections").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void clientPerRequestOverHttpsReportsEveryHandshake(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-client-per-request-https", server, "client-per-request",
                    "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "new-client");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            // The sample shares its SSLSocketFactory across the clients, so later sessions may be resumed; but every
            // new connection (OkHttp 5: connected on a fast-fallback thread) has its handshake.
            JsonNode tls = origin.path("tls");
            assertEquals(6, tls.path("full").asLong() + tls.path("resumed").asLong(), origin::toString);
            assertEquals(6, run.lines(" tls=").stream().filter(l -> l.contains("new connection #")).count(),
                    run::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void newBuilderSharesThePool(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-new-builder", server, "new-builder", "--requests", "8");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(7, origin.path("reusedConnections").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void responseNeverClosed(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-body-not-consumed", server, "body-not-consumed",
                    "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "body-not-consumed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "body-not-consumed"), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void requestSaysConnectionClose(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-close", server, "close", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "app-closed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(6, origin.path("closes").path("app-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void serverSaysConnectionClose(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-server-close", server, "shared", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "server-closed");
            assertEquals(6, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void poolEvictsIdleConnectionsBeforeTheNextRequest(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-idle-timeout", server, "short-keep-alive",
                    "--requests", "3", "--pause-ms", "1500");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "idle-timeout");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(origin.path("closes").path("idle-timeout").asLong() >= 2, origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void concurrencyAboveTheIdleLimit(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-pool-busy", server, "shared", "--requests", "60",
                    "--threads", "4", "--pool-size", "1");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "pool-busy", "pool-full");
            assertTrue(origin.path("newConnections").asLong() > 1, origin::toString);
            assertEquals(0, reason(origin, "body-not-consumed"), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void http2OverTlsMultiplexesOnOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-h2", server, "shared", "--requests", "8",
                    "--protocol", "h2");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(7, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("tls").path("full").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void http2PriorKnowledge(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.h2PriorKnowledge(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-h2c", server, "shared", "--requests", "8",
                    "--protocol", "h2");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
        }
    }

    /**
     * Concurrent streams share one HTTP/2 connection: reused exchanges, never an abandoned body. Threads that start
     * together may each connect before the first connection is pooled; OkHttp keeps one and closes the others
     * unused. Those extra connects are the server's too, but no request ever ran on them: the endpoint counts them
     * as discarded (tcpConnects = attributed + discarded), and the origin counts only the connections requests used.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void concurrentHttp2StreamsAreReusedExchanges(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-h2-concurrent", server, "shared", "--requests", "24",
                    "--threads", "4", "--protocol", "h2");
            assertEquals(0, run.exitCode, run::describe);
            TruthServer.Truth truth = server.truth();
            JsonNode origin = run.origin(server.origin());
            String context = truth + "; agent reported " + origin + "\n" + run.describe();
            assertEquals(truth.connections, origin.path("newConnections").asLong(), context);
            assertEquals(truth.requests, origin.path("requests").asLong(), context);
            assertEquals(truth.requests - truth.connections, origin.path("reusedConnections").asLong(), context);
            JsonNode endpoint = Scenario.endpoint(run.summary(), server.origin().replaceFirst("^https://", ""));
            assertEquals(truth.connections, endpoint.path("attributed").asLong(), context);
            // The connects OkHttp made and closed unused are its own, apart: neither attributed nor unknown.
            assertEquals(endpoint.path("tcpConnects").asLong() - truth.connections,
                    endpoint.path("discarded").asLong(), context);
            assertFalse(endpoint.path("clients").has("unknown"), context);
            assertEquals(0, reason(origin, "body-not-consumed"), context);
            assertFalse(origin.path("closes").has("body-not-consumed"), context);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), context);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void asyncCallsNameTheLineThatEnqueued(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp(jdk, lib, "okhttp-async", server, "async", "--requests", "8");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(topSite(origin).startsWith("dev.reuseagent.samples.okhttp.AsyncPattern.get(AsyncPattern.java:"),
                    origin::toString);
        }
    }
}
