package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * HttpURLConnection requests that say {@code Connection: close} (issue 11, point 5): the JDK never reads its own
 * request header and caches the connection; the server ends it, saying so or silently (the next request then
 * finds it dead). Either way each new connection is the application's choice, {@code app-closed}, not
 * {@code stale} or {@code server-closed}. OkHttp and Apache 4/5 are covered by their scenario classes ({@code close}
 * pattern); java.net.http refuses a {@code Connection} request header unless
 * {@code jdk.httpclient.allowRestrictedHeaders} names it.
 */
class RequestConnectionCloseTest {

    private static final int REQUESTS = 20;

    /** A server that honours the request's {@code Connection: close}: closes after the response. */
    private static MockResponse honour(RecordedRequest request, boolean saySo) {
        MockResponse.Builder response = TruthServer.smallBuilder();
        if ("close".equalsIgnoreCase(request.getHeaders().get("Connection"))) {
            if (saySo) {
                response.addHeader("Connection", "close");
            }
            response.onResponseEnd(new SocketEffect.CloseSocket(true, false, false));
        }
        return response.build();
    }

    /** @param closes how many closes the agent saw, all {@code app-closed} */
    private static void run(Jdk jdk, String name, TruthServer server, int closes) throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        ChildJvm.Result run = new ChildJvm(jdk, name).run("urlconnection", "connection-close", "--url", server.url(),
                "--trust-pem", pem.toString(), "--requests", String.valueOf(REQUESTS));
        JsonNode origin = Scenario.verifyClient(run, server, "urlconnection", "app-closed");
        assertEquals(REQUESTS, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        assertEquals(REQUESTS - 1, origin.path("reasons").path("app-closed").asLong(), origin::toString);
        assertEquals(2, origin.path("reasons").size(), origin::toString); // first-use and app-closed only
        assertEquals(closes, origin.path("closes").path("app-closed").asLong(), origin::toString);
        assertEquals(1, origin.path("closes").size(), origin::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverClosingSilentlyAfterTheRequestAskedIsAppClosedNotStale(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(request -> honour(request, false))) {
            // the last connection is still cached at exit: every close before it was the application's
            run(jdk, "request-close-silent", server, REQUESTS - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverEchoingTheCloseIsAppClosedNotServerClosed(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(request -> honour(request, true))) {
            run(jdk, "request-close-echoed", server, REQUESTS);
        }
    }
}
