package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.reuseagent.it.ApacheEnforceRuns.assertTrueCounts;
import static dev.reuseagent.it.ApacheEnforceRuns.enforced;
import static dev.reuseagent.it.ApacheEnforceRuns.jvm;
import static dev.reuseagent.it.ApacheEnforceRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=apache}, repair {@code shared-manager}, for Apache HttpClient 4.5.14 and 5.5.1 on JDK 17 and 25:
 * clients built per request without a connection manager share one per configuration, and the application sees
 * exactly what it saw without it (the sample's {@code sample: output=} line). Every count is the server's.
 */
class ApacheEnforceTest {

    static final String SHARED_MANAGER = "shared-manager";

    static Stream<Arguments> cases() {
        return ApacheEnforceRuns.cases();
    }

    static Stream<Arguments> casesOverHttpAndHttps() {
        return cases().flatMap(a -> Stream.of(Arguments.of(a.get()[0], a.get()[1], false),
                Arguments.of(a.get()[0], a.get()[1], true)));
    }

    private static TruthServer server(boolean https, Supplier<MockResponse> responses) throws Exception {
        return https ? TruthServer.https(responses) : TruthServer.http(responses);
    }

    @ParameterizedTest(name = "{0} {1} https={2}")
    @MethodSource("casesOverHttpAndHttps")
    void clientsBuiltPerRequestShareOneConnection(Jdk jdk, ClientLib lib, boolean https) throws Exception {
        jdk.assumePresent();
        String name = "default-per-request-" + (https ? "https" : "http");
        ChildJvm.Result off;
        try (TruthServer server = server(https, TruthServer::small)) {
            off = run(jvm(jdk, lib, name + "-off"), lib, server, "default-per-request", "--requests", "8");
            JsonNode origin = Scenario.verifyClient(off, server, lib.agentName, "new-client");
            assertEquals(8, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(enforced(off, lib, SHARED_MANAGER).isMissingNode(), off::describe);
        }
        try (TruthServer server = server(https, TruthServer::small)) {
            ChildJvm.Result on = run(jvm(jdk, lib, name + "-on", "enforce=apache"), lib, server,
                    "default-per-request", "--requests", "8");
            JsonNode origin = Scenario.verifyClient(on, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(7, origin.path("reusedConnections").asLong(), origin::toString);
            if (https) {
                assertEquals(1, origin.path("tls").path("full").asLong(), origin::toString);
            }
            assertEquals(off.outputLine(), on.outputLine(), on::describe);
            assertTrue(on.outputLine().endsWith("observations=8"), on::outputLine);
            JsonNode repair = enforced(on, lib, SHARED_MANAGER);
            assertEquals(8, repair.path("applied").asLong(), repair::toString);
            assertEquals(7, repair.path("avoided").asLong(), repair::toString);
            String site = SampleLine.of(lib, "DefaultPerRequestPattern", "client = HttpClients.createDefault()");
            assertEquals(1, on.lines("[reuse-agent] enforce " + lib.agentName + " shared-manager at " + site + ": ")
                    .size(), on::describe);
            assertTrue(on.stderr.contains("build one CloseableHttpClient and share it (enforce=apache repaired this "
                    + "at run time)"), on::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aClientWithItsOwnManagerIsNeverMerged(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            // its own PoolingHttpClientConnectionManager and its own SSLContext per request
            ChildJvm.Result on = run(jvm(jdk, lib, "own-manager-on", "enforce=apache"), lib, server,
                    "client-per-request", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(on, server, lib.agentName, "new-client");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(enforced(on, lib, SHARED_MANAGER).isMissingNode(), on::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void differentConfigurationsAreNotMerged(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            // 4.5: default vs another SocketConfig; 5.x: default vs useSystemProperties(): one manager each
            ChildJvm.Result on = run(jvm(jdk, lib, "two-configs-on", "enforce=apache"), lib, server,
                    "two-configs-per-request", "--requests", "8");
            TruthServer.Truth truth = assertTrueCounts(on, server);
            assertEquals(2, truth.connections, truth::toString);
            JsonNode repair = enforced(on, lib, SHARED_MANAGER);
            assertEquals(8, repair.path("applied").asLong(), repair::toString);
            assertEquals(6, repair.path("avoided").asLong(), repair::toString);
        }
        if (lib == ClientLib.APACHE4) {
            try (TruthServer server = TruthServer.https(TruthServer::small)) {
                // a new SSLContext per builder: never the same configuration
                ChildJvm.Result on = run(jvm(jdk, lib, "ssl-context-on", "enforce=apache"), lib, server,
                        "ssl-context-per-request", "--requests", "6");
                JsonNode origin = Scenario.verifyClient(on, server, lib.agentName, "new-client");
                assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
                assertTrue(enforced(on, lib, SHARED_MANAGER).isMissingNode(), on::describe);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void closingOneClientLeavesAnotherClientsRequestRunning(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        Supplier<MockResponse> body = () -> new MockResponse.Builder().body("b".repeat(256 * 1024)).build();
        ChildJvm.Result off;
        try (TruthServer server = TruthServer.http(body)) {
            off = run(jvm(jdk, lib, "close-while-busy-off"), lib, server, "close-while-busy", "--requests", "5");
            assertEquals(10, assertTrueCounts(off, server).connections);
        }
        try (TruthServer server = TruthServer.http(body)) {
            ChildJvm.Result on = run(jvm(jdk, lib, "close-while-busy-on", "enforce=apache"), lib, server,
                    "close-while-busy", "--requests", "5");
            assertTrue(on.stdout.contains("ok=5 failed=0"), on::describe);
            TruthServer.Truth truth = assertTrueCounts(on, server);
            assertEquals(10, truth.requests, truth::toString);
            assertEquals(2, truth.connections, truth::toString); // the busy one and the other, both shared
            assertEquals(off.outputLine(), on.outputLine(), on::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void closingAClientEndsWhatItStillHeldInTheSharedPool(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        // more requests than the pool's per-route limit: a response left open must not keep its slot
        ChildJvm.Result off;
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            off = run(jvm(jdk, lib, "client-closed-first-off"), lib, server, "client-closed-first",
                    "--requests", "8", "--max-seconds", "60");
            assertEquals(8, assertTrueCounts(off, server).connections);
        }
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result on = run(jvm(jdk, lib, "client-closed-first-on", "enforce=apache"), lib, server,
                    "client-closed-first", "--requests", "8", "--max-seconds", "60");
            assertTrue(on.stdout.contains("ok=8 failed=0"), on::describe);
            assertEquals(8, assertTrueCounts(on, server).connections); // each closed with its client, as before
            assertEquals(off.outputLine(), on.outputLine(), on::describe);
            assertEquals(8, enforced(on, lib, SHARED_MANAGER).path("applied").asLong(), on::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void responsesAndClientsNeverClosedDoNotFillTheSharedPool(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        // more leaked responses than the shared pool's per-route limit (4.5: 2, 5.x: 5)
        ChildJvm.Result off;
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            off = run(jvm(jdk, lib, "never-closed-off"), lib, server, "never-closed", "--requests", "8",
                    "--max-seconds", "60");
            assertEquals(8, assertTrueCounts(off, server).connections);
        }
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result on = run(jvm(jdk, lib, "never-closed-on", "enforce=apache"), lib, server,
                    "never-closed", "--requests", "8", "--max-seconds", "60");
            assertTrue(on.stdout.contains("ok=8 failed=0"), on::describe);
            assertEquals(8, assertTrueCounts(on, server).connections);
            assertEquals(off.outputLine(), on.outputLine(), on::describe);
            assertTrue(on.stderr.contains("enforce " + lib.agentName + " shared-manager not applied: responses "
                    + "left open"), on::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void sixteenThreadsStayWithinTheSharedPoolsLimit(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        int libraryPerRoute = lib == ClientLib.APACHE4 ? 2 : 5;
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result on = run(jvm(jdk, lib, "sixteen-threads-on", "enforce=apache"), lib, server,
                    "default-per-request", "--requests", "64", "--threads", "16");
            assertTrue(on.stdout.contains("ok=64 failed=0"), on::describe);
            TruthServer.Truth truth = assertTrueCounts(on, server);
            assertTrue(truth.connections <= libraryPerRoute, truth::toString);
            assertTrue(on.stderr.contains("(" + libraryPerRoute + " per route, "), on::describe);
        }
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result on = run(jvm(jdk, lib, "sixteen-threads-pool-3", "enforce=apache", "enforcePoolSize=3"),
                    lib, server, "default-per-request", "--requests", "64", "--threads", "16");
            assertTrue(on.stdout.contains("ok=64 failed=0"), on::describe);
            TruthServer.Truth truth = assertTrueCounts(on, server);
            assertTrue(truth.connections <= 3, truth::toString);
            assertTrue(on.stderr.contains("(3 per route, "), on::describe);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void enforcingOkHttpLeavesApacheAlone(Jdk jdk, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jvm(jdk, lib, "enforce-okhttp", "enforce=okhttp"), lib, server,
                    "default-per-request", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "new-client");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(run.summary().path("agent").path("enforced").path(lib.agentName).isMissingNode(),
                    run::describe);
            assertFalse(run.stderr.contains("enforce " + lib.agentName), run::describe);
        }
    }
}
