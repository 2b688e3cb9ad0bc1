package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * java.net.http.HttpClient in a child JVM on each JDK: every count against the server's connection index
 * ({@link Scenario#verifyClient}), HTTP/1.1 over http and https, and HTTP/2 over TLS.
 */
class JdkHttpScenariosTest {

    private static ChildJvm.Result jdkhttp(Jdk jdk, String name, TruthServer server, String pattern, String... extra)
            throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        String[] base = {"jdkhttp", pattern, "--url", server.url(), "--trust-pem", pem.toString()};
        return new ChildJvm(jdk, name).run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    private static long reason(JsonNode origin, String reason) {
        return origin.path("reasons").path(reason).asLong();
    }

    private static String topSite(JsonNode origin) {
        return origin.path("sites").path(0).path("site").asText();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientReusesOneConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-shared", server, "shared", "--requests", "10"),
                    server, "jdkhttp");
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(9, origin.path("reusedConnections").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientOverHttpsReusesOneConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-shared-https", server, "shared",
                    "--requests", "8"), server, "jdkhttp");
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            // TLS runs through SSLEngine on the client's threads, and is still reported.
            assertEquals(1, origin.path("tls").path("full").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-client-per-request", server,
                    "client-per-request", "--requests", "6"), server, "jdkhttp", "new-client");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "new-client"), origin::toString);
            assertEquals(1, reason(origin, "first-use"), origin::toString);
            assertTrue(topSite(origin).startsWith(
                    "dev.reuseagent.samples.jdkhttp.ClientPerRequestPattern.get(ClientPerRequestPattern.java:"),
                    origin::toString);
            assertEquals(6, origin.path("sites").path(0).path("newConnections").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestOverHttp2(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-client-per-request-h2", server,
                    "client-per-request", "--requests", "6", "--protocol", "h2"), server, "jdkhttp", "new-client");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "new-client"), origin::toString);
            assertTrue(topSite(origin).startsWith("dev.reuseagent.samples.jdkhttp.ClientPerRequestPattern.get("),
                    origin::toString);
            // A new SSLContext per client: a full handshake on every connection.
            assertEquals(6, origin.path("tls").path("full").asLong(), origin::toString);
        }
    }

    /** Sequential requests on one HTTP/2 connection: each stream is a reused exchange on it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void http2StreamsAreReusedExchangesOnOneConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-h2", server, "shared", "--requests", "8",
                    "--protocol", "h2"), server, "jdkhttp");
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(7, origin.path("reusedConnections").asLong(), origin::toString);
        }
    }

    /**
     * Concurrent streams: as many new connections as the server saw. Requests that start together, before any
     * connection is pooled, may each open one: {@code pool-busy}, which is what happened.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void http2ConcurrentStreams(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            ChildJvm.Result run = jdkhttp(jdk, "jdkhttp-h2-threads", server, "shared", "--requests", "40",
                    "--threads", "4", "--protocol", "h2");
            // verifyClient checks this count against the server's; more than one means threads raced.
            boolean raced = run.origin(server.origin()).path("newConnections").asLong() > 1;
            JsonNode origin = raced ? Scenario.verifyClient(run, server, "jdkhttp", "pool-busy")
                    : Scenario.verifyClient(run, server, "jdkhttp");
            assertEquals(0, reason(origin, "body-not-consumed"), origin::toString);
            assertTrue(origin.path("newConnections").asLong() <= 4, origin::toString);
        }
    }

    /** sendAsync: the exchange and the connect run on the client's threads, still counted and attributed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void asyncSendsAreAttributed(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-async", server, "async", "--requests", "8"),
                    server, "jdkhttp");
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            // No application frame on the client's threads: the site is the line that built the client.
            assertTrue(topSite(origin).startsWith("dev.reuseagent.samples.jdkhttp."), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void bodyNeverReadPinsItsConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::large)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-body-not-consumed", server,
                    "body-not-consumed", "--requests", "6"), server, "jdkhttp", "body-not-consumed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "body-not-consumed"), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void bodyClosedUnreadClosesTheConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::large)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-close-unread", server, "close-unread",
                    "--requests", "6"), server, "jdkhttp", "body-not-consumed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(origin.path("closes").path("body-not-consumed").asLong() >= 5, origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverSaysConnectionClose(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            JsonNode origin = Scenario.verifyClient(jdkhttp(jdk, "jdkhttp-server-close", server, "shared",
                    "--requests", "6"), server, "jdkhttp", "server-closed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(origin.path("closes").path("server-closed").asLong() >= 5, origin::toString);
        }
    }

    /** The client's keep-alive (jdk.httpclient.keepalive.timeout, 1 s here) shorter than the pauses. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void keepAliveShorterThanPausesIsIdleTimeout(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            jdk.assumePresent();
            Path pem = TruthServer.trustPem(ChildJvm.WORK);
            ChildJvm.Result run = new ChildJvm(jdk, "jdkhttp-idle-timeout")
                    .jvmArg("-Djdk.httpclient.keepalive.timeout=1")
                    .run("jdkhttp", "shared", "--url", server.url(), "--trust-pem", pem.toString(),
                            "--requests", "3", "--pause-ms", "3000");
            // The pool's expiry is whole seconds and swept when its selector wakes, which on JDK 25 does not always
            // happen before the next request: the server's count decides, and every reconnect is the eviction's.
            boolean evicted = run.origin(server.origin()).path("newConnections").asLong() > 1;
            JsonNode origin = evicted ? Scenario.verifyClient(run, server, "jdkhttp", "idle-timeout")
                    : Scenario.verifyClient(run, server, "jdkhttp");
            long reconnects = origin.path("newConnections").asLong() - 1;
            assertEquals(reconnects, reason(origin, "idle-timeout"), origin::toString);
            assertTrue(origin.path("closes").path("idle-timeout").asLong() >= reconnects, origin::toString);
        }
    }
}
