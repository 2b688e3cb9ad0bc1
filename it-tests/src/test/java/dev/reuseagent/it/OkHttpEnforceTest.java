package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=okhttp}, the {@code shared-pool} repair, for OkHttp 4.12 and 5.3 on every JDK of the matrix. Each
 * case runs the same sample twice, each run against a server of its own: with the agent but without enforcement,
 * and with it. The server's own connection count is the truth, and the application's output line ({@code sample:
 * output=}: statuses, bodies, exceptions) must be identical in both runs.
 */
class OkHttpEnforceTest {

    private static final String PASSWORD = "changeit";
    private static final int N = 8;
    /** Written once per test JVM: the test server's certificate is made anew in each. */
    private static Path trustStore;

    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(ClientLib.OKHTTP4, ClientLib.OKHTTP5)
                .map(lib -> Arguments.of(jdk, lib)));
    }

    /**
     * Runs an okhttp pattern; {@code enforce} null means no {@code enforce=} option. The JVM's default trust store
     * trusts the test server, so clients built with every default (over https) can connect.
     */
    private static ChildJvm.Result run(Jdk jdk, ClientLib lib, String name, TruthServer server, String enforce,
            String pattern, String... extra) throws Exception {
        jdk.assumePresent();
        ChildJvm child = new ChildJvm(jdk, name + "-" + lib + "-" + (enforce == null ? "off" : enforce)).client(lib)
                .jvmArg("-Djavax.net.ssl.trustStore=" + trustStore())
                .jvmArg("-Djavax.net.ssl.trustStorePassword=" + PASSWORD)
                .jvmArg("-Djavax.net.ssl.trustStoreType=PKCS12");
        if (enforce != null) {
            child.agentOption("enforce=" + enforce);
        }
        String[] base = {lib.command, pattern, "--url", server.url(), "--trust-pem",
                TruthServer.trustPem(ChildJvm.WORK).toString()};
        return child.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    /** The test server's certificate as a PKCS12 trust store, for {@code -Djavax.net.ssl.trustStore}. */
    private static synchronized Path trustStore() throws IOException, GeneralSecurityException {
        if (trustStore == null) {
            Path store = ChildJvm.WORK.resolve("truth-server-trust.p12");
            Files.createDirectories(ChildJvm.WORK);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setCertificateEntry("truth-server", TruthServer.certificate().certificate());
            try (OutputStream out = Files.newOutputStream(store)) {
                keyStore.store(out, PASSWORD.toCharArray());
            }
            trustStore = store;
        }
        return trustStore;
    }

    /** {@code agent.enforced.okhttp.shared-pool} of the summary (missing when the repair never ran). */
    private static JsonNode sharedPool(ChildJvm.Result run) throws IOException {
        return run.summary().path("agent").path("enforced").path("okhttp").path("shared-pool");
    }

    private static String context(ChildJvm.Result off, ChildJvm.Result on) {
        return "\n--- without enforcement:\n" + off.describe() + "\n--- with enforce=okhttp:\n" + on.describe();
    }

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
    @MethodSource("matrix")
    void clientPerRequestOverHttpSharesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        clientPerRequestSharesOneConnection(jdk, lib, "okhttp-enforce-http", () -> server(false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void clientPerRequestOverHttpsSharesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        clientPerRequestSharesOneConnection(jdk, lib, "okhttp-enforce-https", () -> server(true));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void clientPerRequestOverHttp2SharesOneConnection(Jdk jdk, ClientLib lib) throws Exception {
        clientPerRequestSharesOneConnection(jdk, lib, "okhttp-enforce-h2", OkHttpEnforceTest::http2Server);
    }

    private static TruthServer server(boolean https) {
        try {
            return https ? TruthServer.https(TruthServer::small) : TruthServer.http(TruthServer::small);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TruthServer http2Server() {
        try {
            return TruthServer.http2(TruthServer::small);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs {@code pattern} without and with enforcement, each against its own server; returns {off, on}. */
    private static ChildJvm.Result[] offAndOn(Jdk jdk, ClientLib lib, String name, Supplier<TruthServer> servers,
            long[] connections, String pattern, String... extra) throws Exception {
        ChildJvm.Result[] runs = new ChildJvm.Result[2];
        for (int i = 0; i < 2; i++) {
            try (TruthServer server = servers.get()) {
                runs[i] = run(jdk, lib, name, server, i == 0 ? null : "okhttp", pattern, extra);
                connections[i] = server.truth().connections;
            }
        }
        return runs;
    }

    /** The application chose a pool per client: each keeps its own. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
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
    @MethodSource("matrix")
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
    @MethodSource("matrix")
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
    @MethodSource("matrix")
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

    /** 16 threads, each request a new client: all succeed, and the server sees no more connections than the pool keeps. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
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
    @MethodSource("matrix")
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

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
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

    /** An answer whose head comes after 1 s. */
    private static MockResponse slow() {
        return TruthServer.smallBuilder().headersDelay(1, TimeUnit.SECONDS).build();
    }
}
