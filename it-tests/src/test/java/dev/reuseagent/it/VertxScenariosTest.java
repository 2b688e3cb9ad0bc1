package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vert.x 5's WebClient reported by its own slice, {@code vertx}: per origin, requests, new and reused connections from
 * its pool, reasons, close causes and the sample's line as the site, every count checked against the server's own.
 * The TCP connects (reported by the netty slice on Vert.x's event loop, the line carried from the thread that sent
 * the request) are claimed by it: the endpoint counts them under {@code vertx}; over https each connection carries
 * its TLS handshake. The bad and good patterns over http and https run on every JDK of the matrix; server close,
 * pool-busy, the idle timeout and HTTP/2 on the first. Thirteen child JVMs with both JDKs present.
 */
class VertxScenariosTest {

    private static final String CLIENT = "vertx";
    private static final String PER_REQUEST = "VertxPerRequestPattern";
    private static final String PER_REQUEST_LINE = "the mistake: a client per request";
    private static final String SHARED = "VertxSharedPattern";
    private static final String SHARED_LINE = "one pool, connects once, then reuses";

    private static ChildJvm.Result run(Jdk jdk, String name, TruthServer server, String pattern, int requests,
            String... more) throws Exception {
        jdk.assumePresent();
        List<String> args = new ArrayList<>(List.of(ClientLib.VERTX.command, pattern, "--url", server.url(),
                "--requests", Integer.toString(requests), "--trust-pem",
                TruthServer.trustPem(ChildJvm.WORK).toString()));
        if (!List.of(more).contains("--pause-ms")) {
            // Vert.x hands a connection back to its pool on the event loop after the response completed
            args.addAll(List.of("--pause-ms", "50"));
        }
        args.addAll(List.of(more));
        return new ChildJvm(jdk, name).client(ClientLib.VERTX).run(args.toArray(String[]::new));
    }

    /**
     * The slice's own report: every connect of the endpoint claimed by vertx at the sample's line, TLS per
     * connection over https, no connect left to netty or unknown, no note, no advice error.
     */
    private static void claimedEveryConnect(ChildJvm.Result run, TruthServer server, JsonNode origin,
            String sampleClass, String marker) throws Exception {
        JsonNode summary = run.summary();
        JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^https?://", ""));
        String context = origin + "\n" + endpoint + "\n" + run.describe();
        long connections = origin.path("newConnections").asLong();
        assertEquals(connections, endpoint.path("clients").path(CLIENT).asLong(), context);
        assertEquals(1, endpoint.path("clients").size(), context);
        assertTrue(origin.path("connectMsTotal").asDouble() > 0, context);
        String site = SampleLine.of(ClientLib.VERTX, sampleClass, marker);
        assertEquals(1, origin.path("sites").size(), context);
        assertEquals(site, origin.path("sites").path(0).path("site").asText(), context);
        assertEquals(connections, origin.path("sites").path(0).path("newConnections").asLong(), context);
        Scenario.tlsPerConnection(origin, server.origin().startsWith("https://"));
        assertFalse(run.stderr.contains(" via unknown"), context);
        assertFalse(run.stderr.contains(" via netty"), context);
        assertEquals(0, summary.path("agent").path("notes").size(), context);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
    }

    /** A WebClient (and Vertx) per request: a connection each, first-use then new-client, each closed by the app. */
    private static void perRequest(Jdk jdk, TruthServer server, String name) throws Exception {
        ChildJvm.Result run = run(jdk, name, server, "client-per-request", 3);
        JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "new-client");
        assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        assertEquals(2, origin.path("reasons").path("new-client").asLong(), origin::toString);
        assertEquals(3, origin.path("closes").path("app-closed").asLong(), origin::toString);
        claimedEveryConnect(run, server, origin, PER_REQUEST, PER_REQUEST_LINE);
        // the hint names the fix in Vert.x's terms
        assertTrue(run.stderr.contains("create one Vertx and one WebClient (or HttpClient) and share them"),
                run::describe);
    }

    /**
     * One shared WebClient: one connection, the rest reused, closed by the app at the end. Vert.x hands the connection
     * back on its event loop right after the response's future completed: on a loaded machine the next request (50 ms
     * later) could still find it busy and open another, reported pool-busy (the server's count decides).
     */
    private static void shared(Jdk jdk, TruthServer server, String name) throws Exception {
        ChildJvm.Result run = run(jdk, name, server, "shared", 4);
        JsonNode origin = Scenario.verifyCounts(run, server, CLIENT);
        long connections = origin.path("newConnections").asLong();
        assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        assertEquals(connections - 1, origin.path("reasons").path("pool-busy").asLong(), origin::toString);
        assertTrue(origin.path("reusedConnections").asLong() >= 2, origin::toString);
        assertEquals(connections, origin.path("closes").path("app-closed").asLong(), origin::toString);
        claimedEveryConnect(run, server, origin, SHARED, SHARED_LINE);
        if (connections == 1) {
            // nothing but the agent's lines (no hint either: nothing to fix)
            assertEquals(List.of(), QuietStartTest.foreignLines(run.stderr), run::describe);
        }
    }

    private static TruthServer server(boolean https) throws Exception {
        return https ? TruthServer.https(TruthServer::small) : TruthServer.http(TruthServer::small);
    }

    /** The bad pattern and the good one, over http and over https (a TLS handshake per new connection). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestAndSharedOverHttpAndHttps(Jdk jdk) throws Exception {
        for (boolean https : new boolean[] {false, true}) {
            String scheme = https ? "https" : "http";
            try (TruthServer server = server(https)) {
                perRequest(jdk, server, "vertx-" + scheme + "-per-request");
            }
            try (TruthServer server = server(https)) {
                shared(jdk, server, "vertx-" + scheme + "-shared");
            }
        }
    }

    @Test
    void serverSaysConnectionClose() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = run(Jdk.matrix().get(0), "vertx-server-close", server, "shared", 4);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "server-closed");
            assertEquals(4, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(3, origin.path("reasons").path("server-closed").asLong(), origin::toString);
            assertEquals(4, origin.path("closes").path("server-closed").asLong(), origin::toString);
            claimedEveryConnect(run, server, origin, SHARED, SHARED_LINE);
        }
    }

    /** Four threads on one shared client (pool of 5): a connection per concurrent request, each pool-busy. */
    @Test
    void concurrencyAboveTheIdleConnectionsIsPoolBusy() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(Jdk.matrix().get(0), "vertx-pool-busy", server, "shared", 40, "--threads",
                    "4");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "pool-busy");
            long connections = origin.path("newConnections").asLong();
            assertTrue(connections > 1 && connections <= 5, origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(connections - 1, origin.path("reasons").path("pool-busy").asLong(), origin::toString);
            claimedEveryConnect(run, server, origin, SHARED, SHARED_LINE);
        }
    }

    /**
     * A 1 s keep-alive timeout and a pause of 2.3 s: the pool's cleaner (every second) closes the idle connection
     * before the next request, which opens another: idle-timeout.
     */
    @Test
    void keepAliveTimeoutShorterThanThePauses() throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(Jdk.matrix().get(0), "vertx-idle-timeout", server, "short-keep-alive", 2,
                    "--pause-ms", "2300");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "idle-timeout");
            assertEquals(2, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("idle-timeout").asLong(), origin::toString);
            assertEquals(1, origin.path("closes").path("idle-timeout").asLong(), origin::toString);
            claimedEveryConnect(run, server, origin, SHARED, SHARED_LINE);
        }
    }

    /**
     * HTTP/2, h2 by ALPN with four threads on one shared client: Vert.x keeps one connection per endpoint and sends
     * every request as a stream on it, the first new, the rest reused; then a client per request over cleartext
     * HTTP/2 with prior knowledge (the connection is built before its connect is reported, and claimed at a later
     * stream or at its close): new-client, app-closed.
     */
    @Test
    void http2SharedAndClientPerRequest() throws Exception {
        Jdk jdk = Jdk.matrix().get(0);
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "vertx-h2-shared", server, "h2-shared", 20, "--threads", "4");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(19, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("closes").path("app-closed").asLong(), origin::toString);
            claimedEveryConnect(run, server, origin, SHARED, SHARED_LINE);
        }
        try (TruthServer server = TruthServer.h2PriorKnowledge(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "vertx-h2c-per-request", server, "h2-client-per-request", 3);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "new-client");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("reasons").path("new-client").asLong(), origin::toString);
            assertEquals(3, origin.path("closes").path("app-closed").asLong(), origin::toString);
            claimedEveryConnect(run, server, origin, PER_REQUEST, PER_REQUEST_LINE);
        }
    }
}
