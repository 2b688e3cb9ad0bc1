package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reuseagent.it.UrlConnectionEnforceRuns.Servers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import static dev.reuseagent.it.UrlConnectionEnforceRuns.GENEROUS_DRAIN;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.REQUESTS;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.assertDrained;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.assertLedger;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.assertLogged;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.counted;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.ledger;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.repaired;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.sample;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.servers;
import static dev.reuseagent.it.UrlConnectionEnforceRuns.unrepaired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=urlconnection} (docs/enforce-urlconnection.md), its repairs within their bounds: bodies closed
 * unread (Content-Length, chunked, a 404's error stream) are drained, and {@code disconnect()} with or without the
 * body read keeps the connection; and enforcing another client leaves HttpURLConnection as it is. Each scenario runs
 * twice in its own JVMs, on JDK 17 and Temurin 25, over HTTP and HTTPS: with the agent but no enforcement (the
 * connections the JDK opens, as the server counts them) and with enforcement (one connection for the sequential
 * run). The application's observations ({@code sample: output=}) must be identical; the ledger
 * ({@code agent.enforced.urlconnection}) must count what the server saw. Beyond the bounds and on several threads:
 * {@link UrlConnectionEnforceBoundsTest}; the runs themselves: {@link UrlConnectionEnforceRuns}.
 */
@Isolated // runs alone: see junit-platform.properties
class UrlConnectionEnforceTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.UrlConnectionEnforceRuns#jdksAndSchemes")
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
    @MethodSource("dev.reuseagent.it.UrlConnectionEnforceRuns#jdksAndSchemes")
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
    @MethodSource("dev.reuseagent.it.UrlConnectionEnforceRuns#jdksAndSchemes")
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
    @MethodSource("dev.reuseagent.it.UrlConnectionEnforceRuns#jdksAndSchemes")
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
    @MethodSource("dev.reuseagent.it.UrlConnectionEnforceRuns#jdksAndSchemes")
    void disconnectAfterTheWholeBodyKeepsTheConnection(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        Servers servers = servers(scheme, TruthServer::small);
        ChildJvm.Result off = unrepaired(jdk, "disconnect-" + scheme, servers, "disconnect", "app-closed");
        ChildJvm.Result on = repaired(jdk, "disconnect-" + scheme, servers, "disconnect", off);
        assertLedger(on, "keep-after-disconnect", REQUESTS, REQUESTS - 1);
        assertTrue(ledger(on, "drain").isMissingNode(), on::describe);
        assertLogged(on, "keep-after-disconnect", "DisconnectPattern");
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
}
