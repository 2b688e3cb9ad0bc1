package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=urlconnection} (docs/enforce-urlconnection.md), each scenario run twice in its own JVMs, on JDK 17 and
 * Temurin 25, over HTTP and HTTPS: with the agent but no enforcement (the connections the JDK opens, as the server
 * counts them) and with enforcement (one connection for the sequential run). The application's observations
 * ({@code sample: output=}) must be identical; the ledger ({@code agent.enforced.urlconnection}) must count what
 * the server saw.
 *
 * <p>The repaired runs use {@code enforceDrain=5s+4MiB}: a loaded machine may need more than the default 100 ms to
 * deliver 1 MiB, which would close a connection (correctly, but not what these scenarios check). The time bound
 * itself is checked with the default against a server that stalls mid-body.
 */
class UrlConnectionEnforceTest {

    private static final int REQUESTS = 6;
    private static final String GENEROUS_DRAIN = "enforceDrain=5s+4MiB";

    static Stream<Arguments> jdksAndSchemes() {
        List<Arguments> cases = new ArrayList<>();
        for (Jdk jdk : Jdk.matrix()) {
            cases.add(Arguments.of(jdk, "http"));
            cases.add(Arguments.of(jdk, "https"));
        }
        return cases.stream();
    }

    /** The server of one run: a fresh one each time, since {@link TruthServer#truth()} takes what it recorded. */
    private interface Servers {
        TruthServer start() throws Exception;
    }

    private static Servers servers(String scheme, Supplier<MockResponse> responses) {
        return () -> scheme.equals("https") ? TruthServer.https(responses) : TruthServer.http(responses);
    }

    private static ChildJvm.Result sample(ChildJvm jvm, TruthServer server, String pattern) throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        return jvm.run("urlconnection", pattern, "--url", server.url(), "--trust-pem", pem.toString(),
                "--requests", String.valueOf(REQUESTS));
    }

    /** The run without enforcement: the agent reports, the JDK gives up one connection per request. */
    private static ChildJvm.Result unrepaired(Jdk jdk, String name, Servers servers, String pattern, String reason)
            throws Exception {
        try (TruthServer server = servers.start()) {
            ChildJvm.Result run = sample(new ChildJvm(jdk, name + "-off"), server, pattern);
            JsonNode origin = Scenario.verify(run, server, reason);
            assertEquals(REQUESTS, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(run.summary().path("agent").path("enforced").isEmpty(), run::describe);
            return run;
        }
    }

    /** The run with enforcement: one connection, the same observations. */
    private static ChildJvm.Result repaired(Jdk jdk, String name, Servers servers, String pattern,
            ChildJvm.Result unrepaired) throws Exception {
        try (TruthServer server = servers.start()) {
            ChildJvm jvm = new ChildJvm(jdk, name + "-on").agentOption("enforce=urlconnection")
                    .agentOption(GENEROUS_DRAIN);
            ChildJvm.Result run = sample(jvm, server, pattern);
            JsonNode origin = Scenario.verify(run, server);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(REQUESTS - 1, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(unrepaired.outputLine(), run.outputLine(),
                    "the application saw something else:\n" + run.describe());
            return run;
        }
    }

    /** A run of {@code pattern} against a fresh server: the truth must agree with the agent and have these counts. */
    private static ChildJvm.Result counted(ChildJvm jvm, Servers servers, String pattern, int exitCode,
            int connections) throws Exception {
        try (TruthServer server = servers.start()) {
            ChildJvm.Result run = sample(jvm, server, pattern);
            assertEquals(connections, truthAgrees(run, server, exitCode).connections, run::describe);
            return run;
        }
    }

    private static JsonNode ledger(ChildJvm.Result run, String repair) throws Exception {
        return run.summary().path("agent").path("enforced").path("urlconnection").path(repair);
    }

    private static void assertLedger(ChildJvm.Result run, String repair, long applied, long avoided) throws Exception {
        JsonNode entry = ledger(run, repair);
        assertEquals(applied, entry.path("applied").asLong(), () -> repair + ": " + entry + "\n" + run.describe());
        assertEquals(avoided, entry.path("avoided").asLong(), () -> repair + ": " + entry + "\n" + run.describe());
    }

    /**
     * Where the JDK keeps a connection itself (the rest of the body had already arrived when it was closed), nothing
     * is drained: then the drain applied fewer than every time. Each drained connection but the run's last is
     * reused by the next request: avoided = applied, or applied - 1 when the last close was a drain.
     */
    private static void assertDrained(ChildJvm.Result run) throws Exception {
        assertDrained(run, REQUESTS, 1);
    }

    /** With several threads, each connection's last drain may go unused: up to {@code threads}. */
    private static void assertDrained(ChildJvm.Result run, int requests, int threads) throws Exception {
        JsonNode entry = ledger(run, "drain");
        long applied = entry.path("applied").asLong();
        long avoided = entry.path("avoided").asLong();
        assertTrue(applied >= 1 && applied <= requests && avoided <= applied && avoided >= applied - threads,
                () -> "drain: " + entry + "\n" + run.describe());
        // The event stream tells the drained connections' true history: each reuse the drain made possible says so.
        long keptByDrain = java.nio.file.Files.readAllLines(run.eventsFile).stream()
                .filter(l -> l.contains("\"event\":\"reused\"") && l.contains("\"keptBy\":\"drain\""))
                .count();
        assertEquals(avoided, keptByDrain, () -> "reused events with keptBy=drain\n" + run.describe());
    }

    private static void assertLogged(ChildJvm.Result run, String repair, String patternClass) {
        String line = "enforce urlconnection " + repair + " at dev.reuseagent.samples.urlconnection." + patternClass
                + ".get(";
        assertEquals(1, run.lines(line).size(), () -> "one '" + line + "' line\n" + run.describe());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void unreadFixedLengthBodyIsDrained(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        Servers servers = servers(scheme, () -> DrainBodies.fixed(200, DrainBodies.LARGE));
        ChildJvm.Result off = unrepaired(jdk, "drain-fixed-" + scheme, servers, "body-not-consumed",
                "body-not-consumed");
        ChildJvm.Result on = repaired(jdk, "drain-fixed-" + scheme, servers, "body-not-consumed", off);
        assertDrained(on);
        assertLogged(on, "drain", "BodyNotConsumedPattern");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void unreadChunkedBodyIsDrained(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        Servers servers = servers(scheme, () -> DrainBodies.chunked(200, DrainBodies.LARGE));
        ChildJvm.Result off = unrepaired(jdk, "drain-chunked-" + scheme, servers, "body-partly-read",
                "body-not-consumed");
        ChildJvm.Result on = repaired(jdk, "drain-chunked-" + scheme, servers, "body-partly-read", off);
        assertDrained(on);
        assertLogged(on, "drain", "BodyPartlyReadPattern");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void unreadErrorBodyIsDrained(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        Servers servers = servers(scheme, () -> DrainBodies.fixed(404, DrainBodies.LARGE));
        // Every answer is a 404, so the run's result line counts them as failed: exit status 1 both times.
        ChildJvm.Result off = counted(new ChildJvm(jdk, "drain-error-" + scheme + "-off"), servers,
                "error-body-unread", 1, REQUESTS);
        ChildJvm.Result on = counted(new ChildJvm(jdk, "drain-error-" + scheme + "-on")
                .agentOption("enforce=urlconnection").agentOption(GENEROUS_DRAIN), servers, "error-body-unread", 1, 1);
        assertEquals(off.outputLine(), on.outputLine(), on::describe);
        assertDrained(on);
        assertLogged(on, "drain", "ErrorBodyUnreadPattern");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void disconnectWithoutReadingKeepsTheConnection(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        Servers servers = servers(scheme, () -> DrainBodies.fixed(200, DrainBodies.LARGE));
        ChildJvm.Result off = unrepaired(jdk, "disconnect-unread-" + scheme, servers, "disconnect-unread",
                "body-not-consumed");
        ChildJvm.Result on = repaired(jdk, "disconnect-unread-" + scheme, servers, "disconnect-unread", off);
        // Both repairs were needed: the drain returned the connection, disconnect() then left it there (a
        // connection the drain saved counts as the drain's avoided one).
        assertDrained(on);
        JsonNode drain = ledger(on, "drain");
        assertLedger(on, "keep-after-disconnect", REQUESTS,
                REQUESTS - 1 - drain.path("avoided").asLong());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void disconnectAfterTheWholeBodyKeepsTheConnection(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        Servers servers = servers(scheme, TruthServer::small);
        ChildJvm.Result off = unrepaired(jdk, "disconnect-" + scheme, servers, "disconnect", "app-closed");
        ChildJvm.Result on = repaired(jdk, "disconnect-" + scheme, servers, "disconnect", off);
        assertLedger(on, "keep-after-disconnect", REQUESTS, REQUESTS - 1);
        assertTrue(ledger(on, "drain").isMissingNode(), on::describe);
        assertLogged(on, "keep-after-disconnect", "DisconnectPattern");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void serverStallingMidBodyClosesAsWithoutTheAgentWithinTheTimeBound(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        beyondTheBound(jdk, "stall-fixed-" + scheme,
                servers(scheme, () -> DrainBodies.stallingFixed(DrainBodies.LARGE, 256 * 1024, 3_000)),
                "body-not-consumed", null, "did not arrive within enforceDrain (100ms+4MiB)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void chunkedServerStallingMidBodyClosesAsWithoutTheAgentWithinTheTimeBound(Jdk jdk) throws Exception {
        jdk.assumePresent();
        beyondTheBound(jdk, "stall-chunked",
                servers("http", () -> DrainBodies.stallingChunked(DrainBodies.LARGE, 256 * 1024, 3_000)),
                "body-partly-read", null, "did not arrive within enforceDrain (100ms+4MiB)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void bodyLargerThanTheSizeBoundClosesAsWithoutTheAgent(Jdk jdk) throws Exception {
        jdk.assumePresent();
        beyondTheBound(jdk, "too-large", servers("http", () -> DrainBodies.fixed(200, DrainBodies.LARGE)),
                "body-not-consumed", "enforceDrain=5s+768KiB", "was larger than enforceDrain (5000ms+768KiB)");
    }

    /** Enforcement gives up: the server sees as many connections as without it, the application the same. */
    private static void beyondTheBound(Jdk jdk, String name, Servers servers, String pattern, String drainOption,
            String note) throws Exception {
        ChildJvm.Result off = counted(new ChildJvm(jdk, name + "-off"), servers, pattern, 0, REQUESTS);
        ChildJvm jvm = new ChildJvm(jdk, name + "-on").agentOption("enforce=urlconnection")
                .jvmArg("-Dsample.slowestClose=true");
        if (drainOption != null) {
            jvm.agentOption(drainOption);
        }
        ChildJvm.Result on = counted(jvm, servers, pattern, 0, REQUESTS);
        assertEquals(off.outputLine(), on.outputLine(), on::describe);
        assertTrue(ledger(on, "drain").isMissingNode(), on::describe);
        assertTrue(on.summary().path("agent").path("notes").toString().contains(note), on::describe);
        // close() waited for the drain at most about its time bound (100 ms), never for the stalled server (3 s).
        long slowestClose = slowestCloseMs(on);
        assertTrue(slowestClose < 2_000, () -> "close() took " + slowestClose + " ms\n" + on.describe());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void drainsOnSeveralThreadsShareTheCacheAndEveryRequestSucceeds(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // Drained connections re-enter the cache while other threads take connections from it: each must get its
        // connection with its own read timeout, and no more connections than threads are needed.
        try (TruthServer server = servers("http", () -> DrainBodies.chunked(200, DrainBodies.LARGE)).start()) {
            Path pem = TruthServer.trustPem(ChildJvm.WORK);
            ChildJvm.Result run = new ChildJvm(jdk, "drain-threads").agentOption("enforce=urlconnection")
                    .agentOption(GENEROUS_DRAIN).run("urlconnection", "body-partly-read", "--url", server.url(),
                            "--trust-pem", pem.toString(), "--requests", "24", "--threads", "3");
            TruthServer.Truth truth = truthAgrees(run, server, 0);
            assertEquals(24, truth.requests, run::describe);
            assertTrue(truth.connections <= 3, () -> truth + "\n" + run.describe());
            assertDrained(run, 24, 3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void enforcingAnotherClientLeavesHttpUrlConnectionAsItIs(Jdk jdk) throws Exception {
        jdk.assumePresent();
        Servers servers = servers("http", () -> DrainBodies.fixed(200, DrainBodies.LARGE));
        ChildJvm.Result off = unrepaired(jdk, "other-client-off", servers, "disconnect-unread", "body-not-consumed");
        try (TruthServer server = servers.start()) {
            ChildJvm.Result on = sample(new ChildJvm(jdk, "other-client-okhttp").agentOption("enforce=okhttp"), server,
                    "disconnect-unread");
            JsonNode origin = Scenario.verify(on, server, "body-not-consumed");
            assertEquals(REQUESTS, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(on.summary().path("agent").path("enforced").path("urlconnection").isMissingNode(),
                    on::describe);
            assertEquals(off.outputLine(), on.outputLine(), on::describe);
        }
    }

    /** The agent's counts equal the server's; the run ended with {@code exitCode}. */
    private static TruthServer.Truth truthAgrees(ChildJvm.Result run, TruthServer server, int exitCode)
            throws Exception {
        assertEquals(exitCode, run.exitCode, run::describe);
        TruthServer.Truth truth = server.truth();
        JsonNode origin = run.origin(server.origin());
        assertEquals(truth.connections, origin.path("newConnections").asLong(), () -> truth + "\n" + origin);
        assertEquals(truth.requests, origin.path("requests").asLong(), () -> truth + "\n" + origin);
        assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
        return truth;
    }

    private static long slowestCloseMs(ChildJvm.Result run) {
        for (String line : run.stdout.split("\\R")) {
            if (line.startsWith("sample: slowest-close-ms=")) {
                return Long.parseLong(line.substring("sample: slowest-close-ms=".length()).trim());
            }
        }
        throw new AssertionError("no slowest-close-ms line\n" + run.describe());
    }
}
