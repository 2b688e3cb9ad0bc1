package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks every scenario makes: the agent's counts against the server's, reason, log lines, agent health. */
final class Scenario {

    private Scenario() {
    }

    /**
     * @param expectedReasons the reason(s) that must dominate the avoidable new connections (all but first-use);
     *                        empty when the scenario should have no avoidable connection at all
     */
    static JsonNode verify(ChildJvm.Result run, TruthServer server, String... expectedReasons)
            throws IOException, InterruptedException {
        return verifyClient(run, server, "urlconnection", expectedReasons);
    }

    /**
     * @param client          the agent's name for the client the sample used ({@code via <client>} in the log)
     * @param expectedReasons as above
     */
    static JsonNode verifyClient(ChildJvm.Result run, TruthServer server, String client, String... expectedReasons)
            throws IOException, InterruptedException {
        return verifyClientAt(run, server, defaultEndpoint(server), client, expectedReasons);
    }

    /**
     * As {@link #verifyClient}, for a client that connects to the server under another name than the URL's
     * (Apache 4's legacy socket factories connect to the reverse-resolved host name of the URL's address).
     *
     * @param endpoint the transport endpoint ({@code host:port}) the connects must be counted under
     */
    static JsonNode verifyClientAt(ChildJvm.Result run, TruthServer server, String endpoint, String client,
            String... expectedReasons) throws IOException, InterruptedException {
        JsonNode origin = verifyCounts(run, server, client, endpoint);
        String context = run.name + ": agent reported " + origin + "\nstderr:\n" + run.stderr;
        String reason = dominantAvoidableReason(origin.path("reasons"));
        if (expectedReasons.length == 0) {
            assertEquals(null, reason, () -> "no avoidable new connection expected. " + context);
        } else {
            boolean ok = false;
            for (String expected : expectedReasons) {
                ok |= expected.equals(reason);
            }
            String got = reason;
            assertTrue(ok, () -> "dominant reason " + got + ", expected one of " + String.join("/", expectedReasons)
                    + ". " + context);
        }
        return origin;
    }

    /**
     * Every check of {@link #verifyClient} but the reason: requests, new connections, transport connects and the
     * new-connection log lines equal the server's own counts, the agent had no advice error, and no secret was
     * written. A run that logs more new connections than {@code logLimit} allows must set {@code logLimit=0}.
     *
     * @return the origin's summary entry
     */
    static JsonNode verifyCounts(ChildJvm.Result run, TruthServer server, String client)
            throws IOException, InterruptedException {
        return verifyCounts(run, server, client, defaultEndpoint(server));
    }

    /** The endpoint a client connecting to the URL's own host is counted under: {@code 127.0.0.1:<port>}. */
    static String defaultEndpoint(TruthServer server) {
        return server.origin().replaceFirst("^https?://", "");
    }

    /** As above, with the connects counted under {@code endpoint} ({@code host:port}). */
    static JsonNode verifyCounts(ChildJvm.Result run, TruthServer server, String client, String endpointName)
            throws IOException, InterruptedException {
        assertEquals(0, run.exitCode, () -> "sample app failed\n" + run.describe());
        return verifyCounts(run, server.truth(), server.origin(), client, endpointName);
    }

    /** {@link #verifyCounts(ChildJvm.Result, TruthServer, String)} against another server's truth and origin. */
    static JsonNode verifyCounts(ChildJvm.Result run, TruthServer.Truth truth, String serverOrigin, String client)
            throws IOException {
        return verifyCounts(run, truth, serverOrigin, client, serverOrigin.replaceFirst("^https?://", ""));
    }

    private static JsonNode verifyCounts(ChildJvm.Result run, TruthServer.Truth truth, String serverOrigin,
            String client, String endpointName) throws IOException {
        assertEquals(0, run.exitCode, () -> "sample app failed\n" + run.describe());
        JsonNode origin = run.origin(serverOrigin);
        String context = run.name + ": " + truth + "; agent reported " + origin + "\nstderr:\n" + run.stderr;

        assertEquals(truth.connections, origin.path("newConnections").asLong(),
                () -> "newConnections must equal the server's distinct connection count. " + context);
        assertEquals(truth.requests, origin.path("requests").asLong(),
                () -> "requests must equal the server's request count. " + context);
        // Failed exchanges are requests too (contracts §2.5), on new and reused connections alike.
        assertEquals(truth.requests, origin.path("newConnections").asLong() + origin.path("reusedConnections").asLong(),
                () -> "requests = new + reused. " + context);
        assertEquals(truth.requests, origin.path("clients").path(client).asLong(), () -> context);

        JsonNode agent = run.summary().path("agent");
        assertEquals(0, agent.path("adviceErrors").asLong(), () -> "advice errors: " + agent + "\n" + context);
        assertEquals(0, agent.path("droppedEvents").asLong(), () -> context);

        // Transport truth agrees: every connect to the server's endpoint, all attributed.
        JsonNode endpoint = endpoint(run.summary(), endpointName);
        assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), () -> "tcpConnects. " + context);
        assertEquals(truth.connections, endpoint.path("attributed").asLong(), () -> "attributed. " + context);

        // One greppable log line per new connection, with origin, reason and the sample's own line as site.
        long newLines = run.lines("new connection #").stream()
                .filter(l -> l.contains(" to " + serverOrigin + " via " + client + " reason="))
                .filter(l -> l.contains(" at dev.reuseagent.samples."))
                .count();
        assertEquals(truth.connections, newLines, () -> "one 'new connection' line per connection. " + context);
        // Query strings and user-info are never written by the agent: not in its log, summary or event stream.
        for (String secret : new String[] {"secret-query", "s3cret-userinfo", "alice"}) {
            assertFalse(run.stderr.contains(secret), secret + " in the log: " + context);
            assertFalse(java.nio.file.Files.readString(run.summaryFile).contains(secret), secret + ": " + context);
            assertFalse(java.nio.file.Files.readString(run.eventsFile).contains(secret), secret + ": " + context);
        }
        return origin;
    }

    /**
     * The counts of a run in which the client may also make connects no request then uses (concurrent HTTP/2 demand):
     * the origin counts only the connections requests used, as many as the server saw, and the endpoint counts the
     * rest as discarded ({@code tcpConnects = attributed + discarded}), neither attributed nor unknown.
     *
     * @return the origin's summary
     */
    static JsonNode verifyCountsWithDiscarded(ChildJvm.Result run, TruthServer server)
            throws IOException, InterruptedException {
        assertEquals(0, run.exitCode, run::describe);
        TruthServer.Truth truth = server.truth();
        JsonNode origin = run.origin(server.origin());
        String context = truth + "; agent reported " + origin + "\n" + run.describe();
        assertEquals(truth.connections, origin.path("newConnections").asLong(), context);
        assertEquals(truth.requests, origin.path("requests").asLong(), context);
        assertEquals(truth.requests - truth.connections, origin.path("reusedConnections").asLong(), context);
        JsonNode endpoint = endpoint(run.summary(), server.origin().replaceFirst("^https?://", ""));
        assertEquals(truth.connections, endpoint.path("attributed").asLong(), context);
        assertEquals(endpoint.path("tcpConnects").asLong() - truth.connections, endpoint.path("discarded").asLong(),
                context);
        assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), context);
        return origin;
    }

    /**
     * The sample ran clean (exit 0, every request ok as the server counted them) and the server saw this many
     * connections; returns the server's truth.
     */
    static TruthServer.Truth verifySampleRan(ChildJvm.Result run, TruthServer server, int expectedConnections)
            throws Exception {
        return verifySampleRan(run, server, expectedConnections, expectedConnections);
    }

    /** As above, for a run whose client may open a few more connections than it needs (a release race). */
    static TruthServer.Truth verifySampleRan(ChildJvm.Result run, TruthServer server, int minConnections,
            int maxConnections) throws Exception {
        assertEquals(0, run.exitCode, run::describe);
        String last = run.stdout.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("sample: pattern=") && last.endsWith(" ok=" + server.truthSoFar() + " failed=0"),
                run::describe);
        TruthServer.Truth truth = server.truth();
        assertTrue(truth.connections >= minConnections && truth.connections <= maxConnections,
                () -> "expected " + minConnections + ".." + maxConnections + " connections: " + truth);
        return truth;
    }

    static JsonNode endpoint(JsonNode summary, String endpoint) {
        for (JsonNode e : summary.path("endpoints")) {
            if (e.path("endpoint").asText().equals(endpoint)) {
                return e;
            }
        }
        throw new AssertionError("no endpoint " + endpoint + " in " + summary);
    }

    /** The most frequent reason other than first-use, or null if there is none. */
    static String dominantAvoidableReason(JsonNode reasons) {
        String best = null;
        long bestCount = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = reasons.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("first-use") && e.getValue().asLong() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue().asLong();
            }
        }
        return best;
    }

    /**
     * Over https, each new connection of the origin carries its TLS handshake, full or resumed (an SSLEngine client
     * reports it from its I/O thread, possibly after the opening was announced).
     */
    static void tlsPerConnection(JsonNode origin, boolean https) {
        if (https) {
            JsonNode tls = origin.path("tls");
            assertEquals(origin.path("newConnections").asLong(), tls.path("full").asLong()
                    + tls.path("resumed").asLong(), origin::toString);
        }
    }
}
