package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * gRPC-Java reported by its own slice, {@code grpc}: per origin, calls, new and reused connections (transports),
 * reasons and the sample's line as the site, every count checked against gRPC's own server (its transports and
 * calls); on grpc-netty, whose Netty connects (the netty slice's) are claimed by the slice, over plaintext and TLS.
 */
class GrpcScenariosTest {

    private static final String CLIENT = "grpc";

    private static ChildJvm.Result run(ClientLib lib, Jdk jdk, String name, GrpcTruthServer server, String pattern,
            int calls, int threads, int pauseMs) throws Exception {
        jdk.assumePresent();
        return new ChildJvm(jdk, name).client(lib).run(lib.command, pattern, "--url", server.url(), "--requests",
                Integer.toString(calls), "--threads", Integer.toString(threads), "--pause-ms",
                Integer.toString(pauseMs), "--trust-pem", TruthServer.trustPem(ChildJvm.WORK).toString());
    }

    /** Counts equal the server's, every connect claimed by grpc, no note, each new connection at the sample's line. */
    private static JsonNode verify(ChildJvm.Result run, GrpcTruthServer server, String patternClass)
            throws Exception {
        TruthServer.Truth truth = server.truth();
        int transports = server.transports();
        JsonNode origin = transports == truth.connections
                ? Scenario.verifyCounts(run, truth, server.origin(), CLIENT)
                : run.origin(server.origin());
        JsonNode summary = run.summary();
        JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^https?://", ""));
        String context = truth + ", " + transports + " transports; " + origin + "\n" + endpoint + "\n"
                + run.describe();
        // gRPC's pick_first may connect a transport no call then uses (a channel leaving idle mode): the origin
        // counts the connections calls used, the endpoint every connect, all of them grpc's
        assertEquals(truth.requests, origin.path("requests").asLong(), context);
        assertEquals(truth.connections, origin.path("newConnections").asLong(), context);
        assertEquals(truth.requests - truth.connections, origin.path("reusedConnections").asLong(), context);
        assertEquals(transports, endpoint.path("tcpConnects").asLong(), context);
        assertEquals(transports, endpoint.path("attributed").asLong(), context);
        assertEquals(transports, endpoint.path("clients").path(CLIENT).asLong(), context);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
        assertEquals(0, summary.path("agent").path("notes").size(), context);
        for (JsonNode site : origin.path("sites")) {
            assertTrue(site.path("site").asText().startsWith("dev.reuseagent.samples.grpc." + patternClass + ".get("),
                    context);
        }
        assertEquals(origin.path("newConnections").asLong(), sum(origin.path("sites"), "newConnections"), context);
        Scenario.tlsPerConnection(origin, server.origin().startsWith("https"));
        return origin;
    }

    private static long sum(JsonNode array, String field) {
        long total = 0;
        for (JsonNode n : array) {
            total += n.path(field).asLong();
        }
        return total;
    }

    /**
     * A channel per call: a connection per call, the first {@code first-use}, every other {@code new-client}; over
     * plaintext with blocking calls, over TLS with calls started asynchronously (the site is the line that started
     * the call, not one of gRPC's threads where the connection was made).
     */
    @ParameterizedTest
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void channelPerCallOpensAConnectionPerCall(Jdk jdk) throws Exception {
        for (boolean https : new boolean[] {false, true}) {
            try (GrpcTruthServer server = new GrpcTruthServer(https, 0)) {
                ChildJvm.Result run = run(ClientLib.GRPC, jdk, "grpc-channel-per-call-" + https, server,
                        https ? "async-channel-per-call" : "channel-per-call", 3, 1, 0);
                JsonNode origin = verify(run, server,
                        https ? "GrpcAsyncChannelPerCallPattern" : "GrpcChannelPerCallPattern");
                assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
                assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
                assertEquals(2, origin.path("reasons").path("new-client").asLong(), origin::toString);
            }
        }
    }

    /**
     * One channel shared by 4 threads: gRPC multiplexes every call on one connection (the first call's
     * {@code first-use}), over plaintext and TLS (one handshake); the run prints nothing but the agent's lines
     * (QuietStartTest's check, which needs an HTTP server).
     */
    @ParameterizedTest
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedChannelMultiplexesOneConnection(Jdk jdk) throws Exception {
        for (boolean https : new boolean[] {false, true}) {
            try (GrpcTruthServer server = new GrpcTruthServer(https, 0)) {
                ChildJvm.Result run = run(ClientLib.GRPC, jdk, "grpc-shared-" + https, server, "shared",
                        12, 4, 0);
                JsonNode origin = verify(run, server, "GrpcSharedPattern");
                assertEquals(List.of(), QuietStartTest.foreignLines(run.stderr), run::describe); // no JVM warning
                assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
                assertEquals(11, origin.path("reusedConnections").asLong(), origin::toString);
                assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
                assertEquals(1, origin.path("reasons").size(), origin::toString);
            }
        }
    }

    /**
     * A server that ends each connection after about a second ({@code maxConnectionAge}: GOAWAY): the shared
     * channel's next call opens a new connection, {@code server-closed}, as often as the server ended one.
     */
    @ParameterizedTest
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverEndingConnectionsIsServerClosed(Jdk jdk) throws Exception {
        try (GrpcTruthServer server = new GrpcTruthServer(false, 1000)) {
            ChildJvm.Result run = run(ClientLib.GRPC, jdk, "grpc-max-age", server, "shared", 6, 1, 500);
            JsonNode origin = verify(run, server, "GrpcSharedPattern");
            long connections = origin.path("newConnections").asLong();
            assertTrue(connections >= 2, origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(connections - 1, origin.path("reasons").path("server-closed").asLong(), origin::toString);
            assertTrue(origin.path("closes").path("server-closed").asLong() >= connections - 1, origin::toString);
        }
    }

    /**
     * A shared channel with a 1 s {@code idleTimeout} and 2 s pauses between calls: idle, it drops its connection
     * (closed {@code idle-timeout}), and the next call opens a new one, {@code idle-timeout}.
     */
    @ParameterizedTest
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void channelLeavingIdleModeIsIdleTimeout(Jdk jdk) throws Exception {
        try (GrpcTruthServer server = new GrpcTruthServer(false, 0)) {
            ChildJvm.Result run = run(ClientLib.GRPC, jdk, "grpc-idle", server, "shared-idle", 3, 1, 2000);
            JsonNode origin = verify(run, server, "GrpcSharedPattern");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(2, origin.path("reasons").path("idle-timeout").asLong(), origin::toString);
            assertEquals(2, origin.path("closes").path("idle-timeout").asLong(), origin::toString);
        }
    }

    /**
     * grpc-netty-shaded, the artifact most users run: the same grpc-core hooks. Its relocated Netty is not the netty
     * slice's: on Linux it connects through its native epoll transport (no java.net connect), which the slice then
     * reports itself, else through NIO, whose SocketChannel connect the slice claims. Plaintext only: its TLS is its
     * bundled OpenSSL, whose handshakes are not counted.
     */
    @ParameterizedTest
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void shadedChannelPerCall(Jdk jdk) throws Exception {
        try (GrpcTruthServer server = new GrpcTruthServer(false, 0)) {
            ChildJvm.Result run = run(ClientLib.GRPC_SHADED, jdk, "grpc-shaded-channel-per-call", server,
                    "channel-per-call", 3, 1, 0);
            JsonNode origin = verify(run, server, "GrpcChannelPerCallPattern");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("reasons").path("new-client").asLong(), origin::toString);
        }
    }
}
