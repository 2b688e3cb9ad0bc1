package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apache HttpClient 4.5.14 ({@code apache4}) and 5.5.1 classic ({@code apache5}) scenarios, each in its own JVM
 * with the agent and exactly one client version on the class path, on JDK 17 and on Temurin 25 where installed;
 * the core cases ({@link #coreCases()}) also on 5.6.x.
 * Every count is checked against what the server saw.
 */
class ApacheScenariosTest {

    static Stream<Arguments> cases() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(ClientLib.APACHE4, ClientLib.APACHE5)
                .map(lib -> Arguments.of(jdk, lib)));
    }

    /** The core cases (shared client, client per request) also on HttpClient 5.6: its hooks as 5.5's. */
    static Stream<Arguments> coreCases() {
        return Stream.concat(cases(), Jdk.matrix().stream().map(jdk -> Arguments.of(jdk, ClientLib.APACHE5_6)));
    }

    private static ChildJvm.Result sample(Jdk jdk, ClientLib lib, String name, TruthServer server, String pattern,
            String... extra) throws Exception {
        return sample(new ChildJvm(jdk, name + "-" + lib), lib, server, pattern, extra);
    }

    static ChildJvm.Result sample(ChildJvm jvm, ClientLib lib, TruthServer server, String pattern,
            String... extra) throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        String[] base = {lib.command, pattern, "--url", server.url(), "--trust-pem", pem.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return jvm.client(lib).run(args);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("coreCases")
    void sharedClientOverHttpReusesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, lib, "shared-http", server, "shared", "--requests", "10");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(9, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertOneSite(origin, SampleLine.of(lib, "SharedClientPattern", "client.execute("), 1);
            // a healthy run: nothing but the agent's lines on stderr (QuietStartTest's check, which skips 5.6)
            assertEquals(java.util.List.of(), QuietStartTest.foreignLines(run.stderr), run::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void sharedClientOverHttpsReusesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, lib, "shared-https", server, "shared", "--requests", "10");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("tls").path("full").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("coreCases")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, lib, "client-per-request", server, "client-per-request",
                    "--requests", "8");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "new-client");
            assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
            assertEquals(8, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(7, origin.path("reasons").path("new-client").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertOneSite(origin, SampleLine.of(lib, "ClientPerRequestPattern", "client.execute("), 8);
            // each client has its own SSLContext, so no session to resume: every handshake is full
            assertEquals(8, origin.path("tls").path("full").asLong(), origin::toString);
            assertEquals(8, origin.path("closes").path("app-closed").asLong(), origin::toString);
            assertTrue(run.stderr.contains("A new client (or pool, or SSL factory) per request"), run::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void unclosedResponsesPinTheirConnections(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            // a pool big enough that every leaked lease is followed by a new connection, not a wait
            ChildJvm.Result run = sample(jdk, lib, "body-not-consumed", server, "body-not-consumed",
                    "--requests", "6", "--pool-size", "10");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "body-not-consumed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, origin.path("reasons").path("body-not-consumed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void unclosedResponsesExhaustThePoolAndLeasesTimeOut(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            // 2 connections per route: the 3rd and 4th request wait for a lease that never comes (1 s timeout)
            ChildJvm.Result run = sample(jdk, lib, "lease-timeout", server, "body-not-consumed",
                    "--requests", "4", "--pool-size", "2");
            assertEquals(1, run.exitCode, run::describe);
            assertTrue(run.stdout.contains("ok=2 failed=2"), run::describe);
            TruthServer.Truth truth = server.truth();
            JsonNode origin = run.origin(server.origin());
            assertEquals(truth.connections, origin.path("newConnections").asLong(), () -> truth + " " + origin);
            assertEquals(truth.requests, origin.path("requests").asLong(), () -> truth + " " + origin);
            assertEquals(2, truth.connections, truth::toString);
            JsonNode waits = origin.path("leaseWaits");
            assertEquals(2, waits.path("waits").asLong(), origin::toString);
            assertEquals(2, waits.path("timeouts").asLong(), origin::toString);
            assertTrue(waits.path("waitMsMax").asDouble() >= 900, origin::toString);
            assertEquals(SampleLine.of(lib, "BodyNotConsumedPattern", "client.execute"),
                    waits.path("sites").get(0).path("site").asText(), origin::toString);
            assertTrue(run.stderr.contains("Responses that are never closed keep their connections leased"),
                    run::describe);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void requestsSayingConnectionCloseAreAppClosed(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, lib, "close", server, "close", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "app-closed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(6, origin.path("closes").path("app-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void responsesClosedUnreadCostAConnectionOnlyIn45(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, lib, "close-unread", server, "close-unread", "--requests", "6");
            if (lib == ClientLib.APACHE4) {
                JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "body-not-consumed");
                assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
                assertEquals(6, origin.path("closes").path("body-not-consumed").asLong(), origin::toString);
            } else {
                JsonNode origin = Scenario.verifyClient(run, server, lib.agentName);
                assertEquals(1, origin.path("newConnections").asLong(), origin::toString); // 5.x drains on close
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void concurrencyAboveThePoolSizeWaitsForLeases(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, lib, "pool-busy", server, "shared", "--requests", "40",
                    "--threads", "8", "--pool-size", "2");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "pool-busy");
            assertEquals(2, origin.path("newConnections").asLong(), origin::toString); // the per-route limit
            JsonNode waits = origin.path("leaseWaits");
            assertTrue(waits.path("waits").asLong() > 0, origin::toString);
            assertEquals(0, waits.path("timeouts").asLong(), origin::toString);
            assertTrue(waits.path("waitMsTotal").asDouble() > 0, origin::toString);
            assertEquals(SampleLine.of(lib, "SharedClientPattern", "client.execute("),
                    waits.path("sites").get(0).path("site").asText(), origin::toString);
            assertTrue(run.stderr.contains("More concurrent requests than the pool allows per route"),
                    run::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void serverSaysConnectionClose(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = sample(jdk, lib, "server-close", server, "shared", "--requests", "5");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "server-closed");
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void keepAliveTimeoutShorterThanPausesIsIdleTimeout(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .addHeader("Keep-Alive", "timeout=1").build())) {
            // the client honours the server's Keep-Alive timeout and expires the idle connection at the next lease
            ChildJvm.Result run = sample(jdk, lib, "idle-timeout", server, "shared", "--requests", "3",
                    "--pause-ms", "1300");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "idle-timeout");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("closes").path("idle-timeout").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void idleConnectionsTheServerDroppedFailAndAreRetried(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        // No Connection: close header: the client pools the connection, the request on it fails, it retries.
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build())) {
            ChildJvm.Result run = sample(jdk, lib, "stale-dropped", server, "shared", "--requests", "5",
                    "--pause-ms", "200");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "stale");
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("closes").path("stale").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void staleCheckAfterInactivityReconnects(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        // The pause is longer than validateAfterInactivity: the lease checks the idle connection, finds it closed
        // by the server, discards it and opens a new one.
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build())) {
            ChildJvm jvm = new ChildJvm(jdk, "stale-checked-" + lib).jvmArg("-Dsample.validateAfterInactivityMs=50");
            ChildJvm.Result run = sample(jvm, lib, server, "shared", "--requests", "5", "--pause-ms", "250");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "stale");
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("closes").path("stale").asLong(), origin::toString);
            assertEquals(0, origin.path("failedExchanges").asLong(), "the check, not a failed request, found it");
        }
    }

    private static void assertOneSite(JsonNode origin, String site, long newConnections) {
        JsonNode sites = origin.path("sites");
        assertEquals(1, sites.size(), origin::toString);
        assertEquals(site, sites.get(0).path("site").asText(), origin::toString);
        assertEquals(newConnections, sites.get(0).path("newConnections").asLong(), origin::toString);
    }
}
