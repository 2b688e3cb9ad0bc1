package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;

import static dev.reuseagent.it.OkHttpEnforceRuns.N;
import static dev.reuseagent.it.OkHttpEnforceRuns.context;
import static dev.reuseagent.it.OkHttpEnforceRuns.run;
import static dev.reuseagent.it.OkHttpEnforceRuns.server;
import static dev.reuseagent.it.OkHttpEnforceRuns.sharedPool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=okhttp}, the {@code shared-pool} repair where it merges, for OkHttp 4.12 and 5.3 on every JDK of the
 * matrix: a client per request over HTTP, HTTPS and HTTP/2 shares one connection, 16 threads stay within the pool,
 * and {@code newBuilder()} clients (which share their base's pool anyway) are not counted. Each case runs the same
 * sample twice, each run against a server of its own: with the agent but without enforcement, and with it. The
 * server's own connection count is the truth, and the application's output line ({@code sample: output=}:
 * statuses, bodies, exceptions) must be identical in both runs. What must stay apart is in
 * {@link OkHttpEnforceNeverMergedTest}; the runs themselves in {@link OkHttpEnforceRuns}.
 */
class OkHttpEnforceTest {

    /**
     * {@code new OkHttpClient()} per request: without enforcement N connections, with it exactly 1, the same
     * output, N applications of the repair at the sample's line and N-1 connections avoided.
     */
    private static void clientPerRequestSharesOneConnection(Jdk jdk, ClientLib lib, String name,
            Supplier<TruthServer> servers) throws Exception {
        ChildJvm.Result off;
        try (TruthServer server = servers.get()) {
            off = run(jdk, lib, name, server, null, "default-client-per-request", "--requests", "" + N);
            JsonNode origin = Scenario.verifyClient(off, server, lib.agentName, "new-client");
            assertEquals(N, origin.path("newConnections").asLong(), off::describe);
        }
        try (TruthServer server = servers.get()) {
            ChildJvm.Result on = run(jdk, lib, name, server, "okhttp", "default-client-per-request",
                    "--requests", "" + N);
            JsonNode origin = Scenario.verifyClient(on, server, lib.agentName);
            String context = context(off, on);
            assertEquals(1, origin.path("newConnections").asLong(), context);
            assertEquals(off.outputLine(), on.outputLine(), context);
            assertEquals("sample: output=", off.outputLine().substring(0, 15));
            JsonNode repair = sharedPool(on);
            assertEquals(N, repair.path("applied").asLong(), context);
            assertEquals(N - 1, repair.path("avoided").asLong(), context);
            assertEquals(1, on.lines("enforce okhttp shared-pool at dev.reuseagent.samples.okhttp."
                    + "DefaultClientPerRequestPattern.get(DefaultClientPerRequestPattern.java:").size(), context);
            assertTrue(sharedPool(off).isMissingNode(), context);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void clientPerRequestOverHttpSharesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        clientPerRequestSharesOneConnection(jdk, lib, "okhttp-enforce-http", () -> server(false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void clientPerRequestOverHttpsSharesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        clientPerRequestSharesOneConnection(jdk, lib, "okhttp-enforce-https", () -> server(true));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void clientPerRequestOverHttp2SharesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        clientPerRequestSharesOneConnection(jdk, lib, "okhttp-enforce-h2", OkHttpEnforceRuns::http2Server);
    }

    /** 16 threads, each request a new client: all succeed, and the server sees no more connections than the pool keeps. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void sixteenThreadsWithAClientPerRequestStayWithinThePool(Jdk jdk, ClientLib lib) throws Exception {
        ChildJvm.Result off;
        long offConnections;
        try (TruthServer server = server(false)) {
            off = run(jdk, lib, "okhttp-enforce-16-threads", server, null, "default-client-per-request",
                    "--requests", "160", "--threads", "16");
            offConnections = server.truth().connections;
        }
        try (TruthServer server = server(false)) {
            jdk.assumePresent();
            ChildJvm.Result on = new ChildJvm(jdk, "okhttp-enforce-16-threads-" + lib + "-okhttp16").client(lib)
                    .agentOption("enforce=okhttp").agentOption("enforcePoolSize=16")
                    .run(lib.command, "default-client-per-request", "--url", server.url(), "--requests", "160",
                            "--threads", "16");
            String context = context(off, on);
            JsonNode origin = Scenario.verifyClient(on, server, lib.agentName, "pool-busy", "pool-full");
            assertTrue(on.stdout.contains("requests=160 ok=160 failed=0"), context);
            assertEquals(160, offConnections, context);
            assertTrue(origin.path("newConnections").asLong() <= 16, origin + context);
            assertEquals(off.outputLine(), on.outputLine(), context);
        }
    }

    /** A client whose builder came from newBuilder() shares its base's pool anyway: nothing to repair or count. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.OkHttpEnforceRuns#matrix")
    void newBuilderClientsAreNotCountedAsAvoided(Jdk jdk, ClientLib lib) throws Exception {
        try (TruthServer server = server(true)) {
            ChildJvm.Result on = run(jdk, lib, "okhttp-enforce-new-builder", server, "okhttp", "new-builder",
                    "--requests", "" + N);
            JsonNode origin = Scenario.verifyClient(on, server, lib.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), on::describe);
            assertEquals(1, sharedPool(on).path("applied").asLong(), on::describe);
            assertEquals(0, sharedPool(on).path("avoided").asLong(), on::describe);
        }
    }
}
