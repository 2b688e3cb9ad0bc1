package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static dev.reuseagent.it.OkHttpEnforceRuns.N;
import static dev.reuseagent.it.OkHttpEnforceRuns.context;
import static dev.reuseagent.it.OkHttpEnforceRuns.offAndOn;
import static dev.reuseagent.it.OkHttpEnforceRuns.run;
import static dev.reuseagent.it.OkHttpEnforceRuns.server;
import static dev.reuseagent.it.OkHttpEnforceRuns.sharedPool;
import static dev.reuseagent.it.OkHttpEnforceRuns.slow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=okhttp} where the shared pool must keep clients apart, for OkHttp 4.12 and 5.3 on every JDK of the
 * matrix: an explicit pool per client, proxied versus direct clients, clients with their own trust, and each
 * client's own timeouts; and {@code enforce=apache} leaving OkHttp alone. Each run has a server of its own, whose
 * connection count is the truth; the application's output must be the same without and with enforcement. The runs
 * are {@link OkHttpEnforceRuns}'.
 */
class OkHttpEnforceNeverMergedTest {

    /** The application chose a pool per client: each keeps its own. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void anExplicitPoolPerRequestIsNeverMerged(Jdk jdk, ClientLib lib) throws Exception {
        long[] connections = new long[2];
        ChildJvm.Result[] runs = offAndOn(jdk, lib, "okhttp-enforce-own-pool", () -> server(false), connections,
                "pool-per-request", "--requests", "" + N);
        String context = context(runs[0], runs[1]);
        assertEquals(0, runs[1].exitCode, context);
        assertEquals(N, connections[0], context);
        assertEquals(N, connections[1], context);
        assertEquals(runs[0].outputLine(), runs[1].outputLine(), context);
        // Their default connection specs include TLS, so each would build an SSL factory: that one is shared.
        assertTrue(runs[1].lines("1 JVM-wide pool").isEmpty(), context);
        assertEquals(0, sharedPool(runs[1]).path("avoided").asLong(), context);
    }

    /** Proxied and direct clients differ in OkHttp's Address: with the shared pool, still never one connection. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void proxiedAndDirectClientsNeverShareAConnection(Jdk jdk, ClientLib lib) throws Exception {
        long[] connections = new long[2];
        Map<Integer, Set<Boolean>> proxiedByConnection = new ConcurrentHashMap<>();
        Supplier<TruthServer> servers = () -> {
            proxiedByConnection.clear();
            try {
                return TruthServer.http(request -> {
                    // A request through a proxy names the absolute URL.
                    proxiedByConnection.computeIfAbsent(request.getConnectionIndex(), i -> new TreeSet<>())
                            .add(request.getTarget().startsWith("http:"));
                    return TruthServer.small();
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ChildJvm.Result[] runs = offAndOn(jdk, lib, "okhttp-enforce-proxy", servers, connections, "proxy-or-direct",
                "--requests", "" + N);
        String context = context(runs[0], runs[1]) + "\nproxied by connection (on): " + proxiedByConnection;
        assertEquals(0, runs[1].exitCode, context);
        assertEquals(N, connections[0], context);
        assertEquals(2, connections[1], "one direct and one proxied connection" + context);
        for (Set<Boolean> kinds : proxiedByConnection.values()) {
            assertEquals(1, kinds.size(), "a connection carried proxied and direct requests" + context);
        }
        assertEquals(runs[0].outputLine(), runs[1].outputLine(), context);
    }

    /**
     * Every second client has an SSL socket factory of its own: those never share, the default ones share one
     * connection. N/2 own-trust connections stay idle in the shared pool (5 idle at most: N = 8 keeps them all).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void clientsWithTheirOwnTrustNeverShare(Jdk jdk, ClientLib lib) throws Exception {
        long[] connections = new long[2];
        ChildJvm.Result[] runs = offAndOn(jdk, lib, "okhttp-enforce-own-trust", () -> server(true), connections,
                "own-trust-or-default", "--requests", "" + N);
        String context = context(runs[0], runs[1]);
        assertEquals(0, runs[1].exitCode, context);
        assertEquals(N, connections[0], context);
        assertEquals(1 + N / 2, connections[1], context);
        assertEquals(runs[0].outputLine(), runs[1].outputLine(), context);
        assertEquals(N / 2 - 1, sharedPool(runs[1]).path("avoided").asLong(), context);
    }

    /**
     * Timeouts are the calling client's, whichever client opened the connection: a 300 ms call timeout fails on a
     * slow answer, a 5 s read timeout waits for it, with and without the shared pool.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void timeoutsStayPerClient(Jdk jdk, ClientLib lib) throws Exception {
        long[] connections = new long[2];
        Supplier<TruthServer> servers = () -> {
            try {
                return TruthServer.http(request -> request.getTarget().contains("slow=1") ? slow()
                        : TruthServer.small());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ChildJvm.Result[] runs = offAndOn(jdk, lib, "okhttp-enforce-timeouts", servers, connections,
                "timeout-per-client", "--requests", "6");
        String context = context(runs[0], runs[1]);
        for (ChildJvm.Result run : runs) {
            assertTrue(run.stdout.contains("sample: pattern=timeout-per-client requests=6 ok=4 failed=2"), context);
        }
        assertEquals(runs[0].outputLine(), runs[1].outputLine(), context);
        assertEquals(6, connections[0], context);
        assertTrue(connections[1] < 6, context);
        assertEquals(0, runs[1].summary().path("agent").path("adviceErrors").asLong(), context);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void enforceApacheLeavesOkHttpAlone(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = server(false)) {
            ChildJvm.Result run = run(jdk, lib, "okhttp-enforce-apache", server, "apache",
                    "default-client-per-request", "--requests", "" + N);
            JsonNode origin = Scenario.verifyClient(run, server, lib.agentName, "new-client");
            assertEquals(N, origin.path("newConnections").asLong(), run::describe);
            assertTrue(run.lines("enforce okhttp").isEmpty(), run::describe);
            assertTrue(run.summary().path("agent").path("enforced").path("okhttp").isMissingNode(), run::describe);
        }
    }
}
