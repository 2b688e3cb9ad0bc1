package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OkHttp 3.14.9 (Retrofit 2's default), reported like 4.12 and 5.3: its own hooks where 3.x is shaped otherwise
 * ({@code okhttp3.RealCall}, {@code Transmitter}, {@code newCodec}, {@code idleAtNanos}, a pool that evicts without
 * retiring). Before, the okhttp slice stood down there and these connects were {@code unknown}. Every count is
 * checked against what the server saw, the same sample classes as 4.12 and 5.3, every JDK of the matrix.
 */
class OkHttp3ScenariosTest {

    private static ChildJvm.Result okhttp3(Jdk jdk, String name, TruthServer server, String pattern, String... extra)
            throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        String[] args = new String[6 + extra.length];
        String[] base = {ClientLib.OKHTTP3.command, pattern, "--url", server.url(), "--trust-pem", pem.toString()};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new ChildJvm(jdk, name).client(ClientLib.OKHTTP3).run(args);
    }

    private static long reason(JsonNode origin, String reason) {
        return origin.path("reasons").path(reason).asLong();
    }

    /** Reported by the okhttp slice itself: no stand-down note, every connect attributed, no advice error. */
    private static void appliedFully(ChildJvm.Result run, JsonNode origin) throws Exception {
        JsonNode summary = run.summary();
        for (JsonNode note : summary.path("agent").path("notes")) {
            assertTrue(!note.asText().startsWith("okhttp stands down"), note.asText());
        }
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), run::describe);
        assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientReusesOneConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp3(jdk, "okhttp3-shared", server, "shared", "--requests", "20");
            JsonNode origin = Scenario.verifyClient(run, server, "okhttp");
            appliedFully(run, origin);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(19, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, reason(origin, "first-use"), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = okhttp3(jdk, "okhttp3-client-per-request", server, "client-per-request",
                    "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, "okhttp", "new-client");
            appliedFully(run, origin);
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "new-client"), origin::toString);
            assertEquals(1, reason(origin, "first-use"), origin::toString);
            assertTrue(origin.path("sites").path(0).path("site").asText().startsWith(
                    "dev.reuseagent.samples.okhttp.ClientPerRequestPattern.get(ClientPerRequestPattern.java:"),
                    origin::toString);
            JsonNode tls = origin.path("tls");
            assertEquals(6, tls.path("full").asLong() + tls.path("resumed").asLong(), origin::toString);
            assertEquals(6, run.lines(" via okhttp ").size(), run::describe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void responseNeverClosed(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp3(jdk, "okhttp3-body-not-consumed", server, "body-not-consumed",
                    "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, "okhttp", "body-not-consumed");
            appliedFully(run, origin);
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, reason(origin, "body-not-consumed"), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void poolEvictsIdleConnectionsBeforeTheNextRequest(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp3(jdk, "okhttp3-idle-timeout", server, "short-keep-alive",
                    "--requests", "3", "--pause-ms", "1500");
            JsonNode origin = Scenario.verifyClient(run, server, "okhttp", "idle-timeout");
            appliedFully(run, origin);
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertTrue(origin.path("closes").path("idle-timeout").asLong() >= 2, origin::toString);
        }
    }

    /** {@code enforce=okhttp} is verified for 4.12 and 5.x only: on 3.x it changes nothing and says so, once. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void enforceSaysNotAppliedAndChangesNothing(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = OkHttpEnforceRuns.run(jdk, ClientLib.OKHTTP3, "okhttp3-enforce", server, "okhttp",
                    "client-per-request", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, "okhttp", "new-client");
            appliedFully(run, origin);
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            // Once in the log and once as a summary note, for six clients.
            assertEquals(1, run.lines(" WARN [reuse-agent] enforce okhttp shared-pool not applied: OkHttp 3.x: ").size(),
                    run::describe);
            assertEquals(1, run.lines("  note: enforce okhttp shared-pool not applied: OkHttp 3.x: ").size(),
                    run::describe);
            assertTrue(run.lines("enforce okhttp shared-pool at ").isEmpty(), run::describe);
        }
    }
}
