package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A TLS handshake that fails (issue 11, point 4): an HTTPS server whose certificate the client does not trust
 * (the sample trusts only the JDK's default CAs here). The TCP connect succeeds, the handshake does not: each
 * attempt is one failed connection of the origin, reported by a {@code failed connection} line when it happens
 * (before the application sees its exception), and never a {@code new connection} with no requests.
 */
class FailedTlsTest {

    private static final int REQUESTS = 2;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.AnyClient#matrix")
    void anUntrustedCertificateIsAFailedConnectionNotANewOne(Jdk jdk, AnyClient client) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = client.jvm(jdk, "untrusted-tls")
                    .run(client.args("shared", server.url(), "--requests", String.valueOf(REQUESTS)));
            failedConnectionsOnly(run, server, client.agentName, REQUESTS);
        }
    }

    /**
     * The checks of a run whose every attempt failed its TLS handshake: as many failed connections as attempts, no
     * new connection nor request, one {@code failed connection} line each at a sample's line, logged before the
     * application saw the exception, no advice error.
     *
     * @return the {@code failed connection} lines
     */
    static List<String> failedConnectionsOnly(ChildJvm.Result run, TruthServer server, String client, int requests)
            throws Exception {
        String context = run.describe();
        assertEquals(0, server.truthSoFar(), context);
        assertEquals(requests, FailedExchangesTest.failedInSample(run), context);

        JsonNode origin = run.origin(server.origin());
        assertEquals(requests, origin.path("failedConnections").asLong(), () -> "one per attempt. " + context);
        assertEquals(0, origin.path("newConnections").asLong(), context);
        assertEquals(0, origin.path("requests").asLong(), context);
        assertEquals(0, origin.path("failedExchanges").asLong(), context);
        assertEquals(0, run.lines("new connection #").size(), context);

        List<String> failedLines = run.lines("failed connection to " + server.origin() + " via "
                + client + " error=SSLHandshakeException at ");
        assertEquals(requests, failedLines.size(), context);
        assertTrue(failedLines.get(0).contains(" at dev.reuseagent.samples."), () -> "the site. " + context);
        List<String> stderr = List.of(run.stderr.split("\\R"));
        int firstFailedLine = stderr.indexOf(failedLines.get(0));
        int firstFailureSeen = indexOfFirst(stderr, "sample: GET ");
        assertTrue(firstFailedLine >= 0 && firstFailedLine < firstFailureSeen,
                () -> "logged when it happened, before the application saw the exception. " + context);
        assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), context);
        return failedLines;
    }

    private static int indexOfFirst(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
