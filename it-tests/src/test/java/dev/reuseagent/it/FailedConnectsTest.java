package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Connects that fail (issue 11, point 3): two requests to a loopback port nobody listens on. Each failed connect
 * attempt is counted once, as many as {@code connect()} system calls were made (java.net.http, by default,
 * retries a refused connect once: two per request); a request that never got a connection is not a request and
 * opens no connection.
 */
@Isolated // runs alone: see junit-platform.properties
class FailedConnectsTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.AnyClient#matrix")
    void aRefusedConnectIsCountedOnce(Jdk jdk, AnyClient client) throws Exception {
        jdk.assumePresent();
        int port = closedPort();
        String endpoint = "127.0.0.1:" + port;
        ChildJvm.Result run = client.jvm(jdk, "refused-connect").run(client.args("shared", "http://" + endpoint + "/data?token=secret-query", "--requests", "2"));
        String context = run.describe();
        assertEquals(2, FailedExchangesTest.failedInSample(run), context);
        JsonNode summary = run.summary();
        JsonNode e = Scenario.endpoint(summary, endpoint);
        long attemptsPerRequest = client == AnyClient.JDKHTTP ? 2 : 1; // strace: 2 connect() calls per request
        assertEquals(2 * attemptsPerRequest, e.path("failedConnects").asLong(), () -> "failedConnects. " + e + "\n" + context);
        assertEquals(0, e.path("tcpConnects").asLong(), context);
        for (JsonNode origin : summary.path("origins")) {
            assertEquals(0, origin.path("requests").asLong(), () -> "no request without a connection. " + context);
            assertEquals(0, origin.path("newConnections").asLong(), context);
        }
        assertEquals(0, run.lines("new connection #").size(), context);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void jdkhttpWithoutItsConnectRetryCountsOneAttemptPerRequest(Jdk jdk) throws Exception {
        jdk.assumePresent();
        String endpoint = "127.0.0.1:" + closedPort();
        ChildJvm.Result run = AnyClient.JDKHTTP.jvm(jdk, "refused-connect-no-retry")
                .jvmArg("-Djdk.httpclient.disableRetryConnect=true")
                .run(AnyClient.JDKHTTP.args("shared", "http://" + endpoint + "/", "--requests", "2"));
        JsonNode e = Scenario.endpoint(run.summary(), endpoint);
        assertEquals(2, e.path("failedConnects").asLong(), () -> e + "\n" + run.describe());
    }

    /** A loopback port that was free a moment ago: connects to it are refused. */
    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
