package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AWS SDK for Java v2's S3 client against the truth server (GetObject, path-style, retries off), every count
 * checked against the server's own. Async on netty-nio-client: its own slice, {@code aws-netty}, which claims the
 * Netty connects (the endpoint counts them under {@code aws-netty}) and names the line that called the service
 * method. Sync on apache-client and url-connection-client: the clients beneath ({@code apache4},
 * {@code urlconnection}) report, and the SDK is a wrapper framework, so the site is the sample's line, never the
 * SDK's. Twelve child JVMs: the good and the bad pattern, async and apache-client, on JDK 17 and 25 (eight);
 * url-connection-client, HTTP/2, the idle reaper and Connection: close on one JDK each.
 */
class AwsSdkScenariosTest {

    private static ChildJvm.Result run(Jdk jdk, String name, TruthServer server, String pattern, int requests,
            int threads, String... more) throws Exception {
        jdk.assumePresent();
        // The SDK completes a call's future before netty-nio-client hands the channel back to its pool, on the event
        // loop: a request sent at once could find it still busy (pool-busy, truthfully, but not this scenario).
        List<String> args = new ArrayList<>(List.of("aws", pattern, "--url", server.url(),
                "--requests", Integer.toString(requests), "--threads", Integer.toString(threads),
                "--trust-pem", TruthServer.trustPem(ChildJvm.WORK).toString()));
        args.addAll(List.of(more));
        if (!args.contains("--pause-ms")) {
            args.addAll(List.of("--pause-ms", "50"));
        }
        return new ChildJvm(jdk, name).client(ClientLib.AWS).run(args.toArray(new String[0]));
    }

    /** Every connect of the endpoint under {@code client}, no note, no advice error. */
    private static void claimedEveryConnect(ChildJvm.Result run, TruthServer server, JsonNode origin, String client)
            throws Exception {
        JsonNode summary = run.summary();
        JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^https?://", ""));
        String context = origin + "\n" + endpoint + "\n" + run.describe();
        assertEquals(origin.path("newConnections").asLong(), endpoint.path("clients").path(client).asLong(), context);
        assertEquals(1, endpoint.path("clients").size(), context);
        assertEquals(0, summary.path("agent").path("notes").size(), context);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
    }

    private static void sitedAt(JsonNode origin, String sampleClass, String marker) throws Exception {
        assertEquals(1, origin.path("sites").size(), origin::toString);
        assertEquals(SampleLine.of(ClientLib.AWS, sampleClass, marker),
                origin.path("sites").path(0).path("site").asText(), origin::toString);
    }

    /** A client per call: a connection per request, {@code new-client} after the first, closed with its client. */
    private static void perCall(ChildJvm.Result run, TruthServer server, String client, int requests,
            String sampleClass, String marker) throws Exception {
        JsonNode origin = Scenario.verifyClient(run, server, client, "new-client");
        claimedEveryConnect(run, server, origin, client);
        assertEquals(requests, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        assertEquals(requests - 1, origin.path("reasons").path("new-client").asLong(), origin::toString);
        assertEquals(requests, origin.path("closes").path("app-closed").asLong(), origin::toString);
        sitedAt(origin, sampleClass, marker);
    }

    /**
     * One shared client over https: one connection per thread at most (the first {@code first-use}, others
     * {@code pool-busy}: threads asking at once), the rest reused; the TLS handshakes counted with their connects.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void asyncSharedClientReusesOverHttps(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "aws-async-shared", server, "async-shared", 8, 2);
            JsonNode origin = Scenario.verifyCounts(run, server, "aws-netty");
            claimedEveryConnect(run, server, origin, "aws-netty");
            long connections = origin.path("newConnections").asLong();
            assertTrue(connections >= 1 && connections <= 2, origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(connections - 1, origin.path("reasons").path("pool-busy").asLong(), origin::toString);
            assertEquals(8 - connections, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(connections, origin.path("tls").path("full").asLong()
                    + origin.path("tls").path("resumed").asLong(), origin::toString);
            sitedAt(origin, "AwsAsyncSharedPattern", "// shared");
        }
    }

    /**
     * HTTP/2 by ALPN, one shared client: each request a stream, counted on the connection the multiplexed pool gives
     * it (its first stream the new connection, later ones reuses); the TCP connect and TLS claimed from netty.
     */
    @Test
    void asyncSharedClientMultiplexesOverHttp2() throws Exception {
        Jdk jdk = Jdk.matrix().get(0);
        try (TruthServer server = TruthServer.http2(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "aws-async-h2", server, "async-shared", 6, 2, "--protocol", "h2");
            JsonNode origin = Scenario.verifyCounts(run, server, "aws-netty");
            claimedEveryConnect(run, server, origin, "aws-netty");
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(origin.path("newConnections").asLong(), origin.path("tls").path("full").asLong()
                    + origin.path("tls").path("resumed").asLong(), origin::toString);
            assertTrue(origin.path("reusedConnections").asLong() >= 4, origin::toString);
            sitedAt(origin, "AwsAsyncSharedPattern", "// shared");
        }
    }

    /** The SDK's idle reaper closes a pooled connection idle longer than connectionMaxIdleTime (200 ms here). */
    @Test
    void asyncIdleReaperIsIdleTimeout() throws Exception {
        Jdk jdk = Jdk.matrix().get(Jdk.matrix().size() - 1);
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "aws-async-idle", server, "async-short-idle", 3, 1, "--pause-ms", "700");
            JsonNode origin = Scenario.verifyClient(run, server, "aws-netty", "idle-timeout");
            claimedEveryConnect(run, server, origin, "aws-netty");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("reasons").path("idle-timeout").asLong(), origin::toString);
            assertEquals(2, origin.path("closes").path("idle-timeout").asLong(), origin::toString);
            sitedAt(origin, "AwsAsyncSharedPattern", "// shared");
        }
    }

    /** The server answers {@code Connection: close}: the SDK closes the channel on release, the next is new. */
    @Test
    void asyncServerSaysConnectionClose() throws Exception {
        Jdk jdk = Jdk.matrix().get(0);
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = run(jdk, "aws-async-server-closed", server, "async-shared", 3, 1);
            JsonNode origin = Scenario.verifyClient(run, server, "aws-netty", "server-closed");
            claimedEveryConnect(run, server, origin, "aws-netty");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("reasons").path("server-closed").asLong(), origin::toString);
            assertEquals(3, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void asyncClientPerCallIsNewClientAtTheSamplesLine(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "aws-async-per-call", server, "async-client-per-call", 3, 1);
            perCall(run, server, "aws-netty", 3, "AwsAsyncPerCallPattern", "// per call");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void syncSharedClientReusesAtTheSamplesLine(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "aws-sync-shared", server, "sync-shared", 5, 1);
            JsonNode origin = Scenario.verifyClient(run, server, "apache4");
            claimedEveryConnect(run, server, origin, "apache4");
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("reusedConnections").asLong(), origin::toString);
            sitedAt(origin, "AwsSyncSharedPattern", "// shared");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void syncClientPerCallIsNewClientOverHttps(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "aws-sync-per-call", server, "sync-client-per-call", 3, 1);
            perCall(run, server, "apache4", 3, "AwsSyncPerCallPattern", "// per call");
        }
    }

    /**
     * url-connection-client builds an SSLSocketFactory per client: over https a client per call is a keep-alive
     * cache key per call, so a connection per call ({@code new-client}); the SDK's close leaves the idle connection
     * in the JDK's cache, so no close is seen before the JVM ends.
     */
    @Test
    void urlConnectionClientPerCallIsNewClientOverHttps() throws Exception {
        Jdk jdk = Jdk.matrix().get(Jdk.matrix().size() - 1);
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "aws-urlconnection-per-call", server, "urlconnection-per-call", 3, 1);
            JsonNode origin = Scenario.verifyClient(run, server, "urlconnection", "new-client");
            claimedEveryConnect(run, server, origin, "urlconnection");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("reasons").path("new-client").asLong(), origin::toString);
            sitedAt(origin, "AwsSyncPerCallPattern", "// per call");
        }
    }
}
