package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apache HttpAsyncClient 4.1 (the client under Elasticsearch's RestClient), slice {@code apache4-async}: requests,
 * new and reused connections, reasons and close causes per origin, equal to what the server saw, over http and
 * https, on every JDK of the matrix. The connect runs on the client's I/O reactor thread and is claimed by its
 * channel; the site is the sample's line that called {@code execute}. Before the slice these connects were
 * {@code unknown}, with no origin and no site.
 */
class Apache4AsyncScenariosTest {

    private static final ClientLib LIB = ClientLib.APACHE4_ASYNC;
    private static final String CLIENT = LIB.agentName;

    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(Arguments.of(jdk, false), Arguments.of(jdk, true)));
    }

    private static TruthServer server(boolean https) throws IOException {
        return https ? TruthServer.https(TruthServer::small) : TruthServer.http(TruthServer::small);
    }

    private static ChildJvm.Result sample(Jdk jdk, String name, TruthServer server, String pattern, int requests,
            String... extra) throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        List<String> args = new ArrayList<>(List.of(LIB.command, pattern, "--url", server.url(),
                "--trust-pem", pem.toString(), "--requests", Integer.toString(requests)));
        args.addAll(List.of(extra));
        return new ChildJvm(jdk, name).client(LIB).run(args.toArray(new String[0]));
    }

    /** Reported by this slice, beside (never instead of) apache4: no stand-down, no advice error. */
    private static void appliedFully(ChildJvm.Result run) throws Exception {
        JsonNode summary = run.summary();
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), run::describe);
        assertEquals(0, summary.path("agent").path("notes").size(), run::describe);
        assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
    }

    private static String site(String cls, String marker) throws IOException {
        return SampleLine.of("apache4async", cls, marker);
    }

    private static String scheme(boolean https) {
        return https ? "https" : "http";
    }

    @ParameterizedTest(name = "{0} https={1}")
    @MethodSource("matrix")
    void sharedClientReusesOneConnection(Jdk jdk, boolean https) throws Exception {
        try (TruthServer server = server(https)) {
            ChildJvm.Result run = sample(jdk, "apache4-async-shared-" + scheme(https), server, "shared", 20);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT);
            appliedFully(run);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(19, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(site("AsyncSharedPattern", "client.execute("), origin.path("sites").path(0).path("site")
                    .asText(), origin::toString);
            assertEquals(1, origin.path("closes").path("app-closed").asLong(), origin::toString);
            Scenario.tlsPerConnection(origin, https);
        }
    }

    @ParameterizedTest(name = "{0} https={1}")
    @MethodSource("matrix")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk, boolean https) throws Exception {
        try (TruthServer server = server(https)) {
            ChildJvm.Result run = sample(jdk, "apache4-async-per-request-" + scheme(https), server,
                    "client-per-request", 6);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "new-client");
            appliedFully(run);
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(0, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(5, origin.path("reasons").path("new-client").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(1, origin.path("sites").size(), origin::toString);
            assertEquals(site("AsyncPerRequestPattern", "client.execute("),
                    origin.path("sites").path(0).path("site").asText(), origin::toString);
            assertEquals(6, origin.path("closes").path("app-closed").asLong(), origin::toString);
            assertEquals(6, run.lines(" via " + CLIENT + " ").size(), run::describe);
            Scenario.tlsPerConnection(origin, https);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverSaysConnectionClose(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = sample(jdk, "apache4-async-server-close", server, "shared", 5);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "server-closed");
            appliedFully(run);
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("reasons").path("server-closed").asLong(), origin::toString);
            assertEquals(5, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    /**
     * Four threads over the default two connections per route, and the server closes each connection: leases queue,
     * and each closed connection's release asks for a new one on an I/O thread for a queued lease, whose line was
     * kept when it queued. Every new connection (verifyCounts checks each log line) names the sample's line.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void queuedLeasesServedLaterKeepTheirSite(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = sample(jdk, "apache4-async-server-close-queued", server, "shared", 12,
                    "--threads", "4");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "server-closed", "pool-busy");
            appliedFully(run);
            assertEquals(12, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(12, origin.path("closes").path("server-closed").asLong(), origin::toString);
            assertEquals(1, origin.path("sites").size(), origin::toString);
            assertEquals(site("AsyncSharedPattern", "client.execute("),
                    origin.path("sites").path(0).path("site").asText(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void concurrencyAboveThePoolIsPoolBusy(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            // four threads, the manager's default of two connections per route: the second is opened while the
            // first is busy, the other leases wait for one of the two
            ChildJvm.Result run = sample(jdk, "apache4-async-pool-busy", server, "shared", 40, "--threads", "4");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "pool-busy");
            appliedFully(run);
            assertEquals(2, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("pool-busy").asLong(), origin::toString);
            assertEquals(1, origin.path("sites").size(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void keepAliveTimeoutShorterThanPausesIsIdleTimeout(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .addHeader("Keep-Alive", "timeout=1").build())) {
            // the client honours the server's Keep-Alive timeout and expires the idle connection at the next lease
            ChildJvm.Result run = sample(jdk, "apache4-async-idle-timeout", server, "shared", 3, "--pause-ms", "1300");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "idle-timeout");
            appliedFully(run);
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("closes").path("idle-timeout").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void idleConnectionsTheServerDroppedAreStale(Jdk jdk) throws Exception {
        // No Connection: close header: the client pools the connection, its I/O reactor sees the server close it
        // while idle, and the next lease finds it closed and opens another.
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build())) {
            ChildJvm.Result run = sample(jdk, "apache4-async-stale", server, "shared", 5, "--pause-ms", "200");
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "stale");
            appliedFully(run);
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("closes").path("stale").asLong(), origin::toString);
        }
    }

    /**
     * httpasyncclient needs httpclient's and httpcore's jars, which the apache4 slice hooks: both slices apply in the
     * one class loader, each counts its own client's requests and connection, none twice.
     */
    @ParameterizedTest(name = "{0} https={1}")
    @MethodSource("matrix")
    void besideTheClassicClientEachCountsItsOwn(Jdk jdk, boolean https) throws Exception {
        try (TruthServer server = server(https)) {
            ChildJvm.Result run = sample(jdk, "apache4-async-with-sync-" + scheme(https), server,
                    "shared-with-sync", 10);
            assertEquals(0, run.exitCode, run::describe);
            TruthServer.Truth truth = server.truth();
            JsonNode origin = run.origin(server.origin());
            String context = truth + "; agent reported " + origin + "\n" + run.describe();
            assertEquals(2, truth.connections, context);
            assertEquals(10, truth.requests, context);
            assertEquals(truth.requests, origin.path("requests").asLong(), context);
            assertEquals(truth.connections, origin.path("newConnections").asLong(), context);
            assertEquals(8, origin.path("reusedConnections").asLong(), context);
            assertEquals(5, origin.path("clients").path(CLIENT).asLong(), context);
            assertEquals(5, origin.path("clients").path(ClientLib.APACHE4.agentName).asLong(), context);
            JsonNode endpoint = Scenario.endpoint(run.summary(), server.origin().replaceFirst("^https?://", ""));
            assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), context);
            assertEquals(truth.connections, endpoint.path("attributed").asLong(), context);
            String asyncSite = site("AsyncWithSyncPattern", "async.execute(");
            assertEquals(1, run.lines(" via " + CLIENT + " reason=first-use ").stream()
                    .filter(line -> line.endsWith(" at " + asyncSite)).count(), context);
            assertEquals(1, run.lines(" via apache4 reason=").size(), context);
            appliedFully(run);
        }
    }
}
