package dev.reuseagent.samples.demo;

import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.urlconnection.PatternName;
import dev.reuseagent.samples.RequestRunner;
import dev.reuseagent.samples.RunResult;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each pattern really behaves as named: counted on the server, how many TCP connections N sequential requests
 * take, with bodies chosen as the integration tests should choose them. (keepalive-off is left out: http.keepAlive is read once per JVM and would break the other cases.)
 */
class PatternConnectionsTest {
    private static final int REQUESTS = 4;

    @Test
    void sharedReusesOneConnection() throws Exception {
        assertConnections(PatternName.SHARED, true, 2048, 1);
        assertConnections(PatternName.SHARED, false, 2048, 1);
    }

    @Test
    void badPatternsOpenOneConnectionPerRequest() throws Exception {
        assertConnections(PatternName.NEW_SSL_FACTORY, true, 2048, REQUESTS);
        assertConnections(PatternName.BODY_NOT_CONSUMED, false, 1024 * 1024, REQUESTS);
        assertConnections(PatternName.BODY_NOT_CLOSED, false, 2048, REQUESTS);
        assertConnections(PatternName.DISCONNECT, true, 2048, REQUESTS);
        // A small unread body may go to the JDK's background cleaner and come back to the cache: only a large one is
        // deterministic (see DisconnectUnreadPattern).
        assertConnections(PatternName.DISCONNECT_UNREAD, false, 1024 * 1024, REQUESTS);
        assertConnections(PatternName.DISCONNECT_UNREAD, true, 1024 * 1024, REQUESTS);
    }

    private static void assertConnections(PatternName pattern, boolean https, int bodyBytes, int expected) throws Exception {
        Tls tls = DemoCertificate.clientTls();
        try (DemoServer server = https
                ? DemoServer.https(pattern.cliName(), bodyBytes, DemoCertificate.serverContext())
                : DemoServer.http(pattern.cliName(), bodyBytes)) {
            RunResult result = new RequestRunner(pattern.newPattern(tls), URI.create(server.url()).toURL(), REQUESTS, 1, 0).run();
            assertEquals(REQUESTS, result.ok(), pattern.cliName() + " ok");
            assertEquals(REQUESTS, server.requests(), pattern.cliName() + " requests");
            assertEquals(expected, server.connections(), pattern.cliName() + " connections over " + (https ? "https" : "http"));
        }
    }
}
