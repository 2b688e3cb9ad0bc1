package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.provider.Arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the {@code enforce=urlconnection} scenarios share ({@link UrlConnectionEnforceTest},
 * {@link UrlConnectionEnforceBoundsTest}): the sample's runs without and with enforcement, each against a fresh
 * {@link TruthServer}, and the checks of what the agent's ledger ({@code agent.enforced.urlconnection}), its log and
 * the server say.
 *
 * <p>The repaired runs use {@code enforceDrain=5s+4MiB}: a loaded machine may need more than the default 100 ms to
 * deliver 1 MiB, which would close a connection (correctly, but not what these scenarios check).
 */
final class UrlConnectionEnforceRuns {

    static final int REQUESTS = 6;
    static final String GENEROUS_DRAIN = "enforceDrain=5s+4MiB";

    private UrlConnectionEnforceRuns() {
    }

    static Stream<Arguments> jdksAndSchemes() {
        List<Arguments> cases = new ArrayList<>();
        for (Jdk jdk : Jdk.matrix()) {
            cases.add(Arguments.of(jdk, "http"));
            cases.add(Arguments.of(jdk, "https"));
        }
        return cases.stream();
    }

    /** The server of one run: a fresh one each time, since {@link TruthServer#truth()} takes what it recorded. */
    interface Servers {
        TruthServer start() throws Exception;
    }

    static Servers servers(String scheme, Supplier<MockResponse> responses) {
        return () -> scheme.equals("https") ? TruthServer.https(responses) : TruthServer.http(responses);
    }

    static ChildJvm.Result sample(ChildJvm jvm, TruthServer server, String pattern) throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        return jvm.run("urlconnection", pattern, "--url", server.url(), "--trust-pem", pem.toString(),
                "--requests", String.valueOf(REQUESTS));
    }

    /** The run without enforcement: the agent reports, the JDK gives up one connection per request. */
    static ChildJvm.Result unrepaired(Jdk jdk, String name, Servers servers, String pattern, String reason)
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
    static ChildJvm.Result repaired(Jdk jdk, String name, Servers servers, String pattern,
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
    static ChildJvm.Result counted(ChildJvm jvm, Servers servers, String pattern, int exitCode,
            int connections) throws Exception {
        try (TruthServer server = servers.start()) {
            ChildJvm.Result run = sample(jvm, server, pattern);
            assertEquals(connections, truthAgrees(run, server, exitCode).connections, run::describe);
            return run;
        }
    }

    static JsonNode ledger(ChildJvm.Result run, String repair) throws Exception {
        return run.summary().path("agent").path("enforced").path("urlconnection").path(repair);
    }

    static void assertLedger(ChildJvm.Result run, String repair, long applied, long avoided) throws Exception {
        JsonNode entry = ledger(run, repair);
        assertEquals(applied, entry.path("applied").asLong(), () -> repair + ": " + entry + "\n" + run.describe());
        assertEquals(avoided, entry.path("avoided").asLong(), () -> repair + ": " + entry + "\n" + run.describe());
    }

    /**
     * Where the JDK keeps a connection itself (the rest of the body had already arrived when it was closed), nothing
     * is drained: then the drain applied fewer than every time. Each drained connection but the run's last is
     * reused by the next request: avoided = applied, or applied - 1 when the last close was a drain.
     */
    static void assertDrained(ChildJvm.Result run) throws Exception {
        assertDrained(run, REQUESTS, 1);
    }

    /** With several threads, each connection's last drain may go unused: up to {@code threads}. */
    static void assertDrained(ChildJvm.Result run, int requests, int threads) throws Exception {
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

    static void assertLogged(ChildJvm.Result run, String repair, String patternClass) {
        String line = "enforce urlconnection " + repair + " at dev.reuseagent.samples.urlconnection." + patternClass
                + ".get(";
        assertEquals(1, run.lines(line).size(), () -> "one '" + line + "' line\n" + run.describe());
    }

    /** The agent's counts equal the server's; the run ended with {@code exitCode}. */
    static TruthServer.Truth truthAgrees(ChildJvm.Result run, TruthServer server, int exitCode)
            throws Exception {
        assertEquals(exitCode, run.exitCode, run::describe);
        TruthServer.Truth truth = server.truth();
        JsonNode origin = run.origin(server.origin());
        assertEquals(truth.connections, origin.path("newConnections").asLong(), () -> truth + "\n" + origin);
        assertEquals(truth.requests, origin.path("requests").asLong(), () -> truth + "\n" + origin);
        assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), run::describe);
        return truth;
    }
}
