package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vert.x 5's WebClient seen through the Netty slices, on every JDK of the matrix, over http and https (the JDK's
 * SSLEngine): every connection the server saw is one channel connect on its endpoint under client {@code netty},
 * with its connect time and the sample's own line as the site (Vert.x builds the channel on its event loop: the
 * line is carried from the thread that sent the request), and over https one TLS handshake, full or resumed, per
 * connection. A WebClient per request shows as a connect per request, a shared one as one connect. No origins,
 * requests or reuse: there is no Vert.x HTTP slice.
 */
class VertxTransportTest {

    private static final int REQUESTS = 5;

    /** One run: the pattern, over https or not, whether each request connects, the site's sample class and marker. */
    enum Case {
        CLIENT_PER_REQUEST("client-per-request", false, true, "VertxPerRequestPattern",
                "the mistake: a client per request"),
        SHARED("shared", false, false, "VertxSharedPattern", "one pool, connects once, then reuses"),
        TLS_CLIENT_PER_REQUEST("client-per-request", true, true, "VertxPerRequestPattern",
                "the mistake: a client per request"),
        TLS_SHARED("shared", true, false, "VertxSharedPattern", "one pool, connects once, then reuses");

        final String pattern;
        final boolean https;
        final boolean perRequest;
        final String sampleClass;
        final String marker;

        Case(String pattern, boolean https, boolean perRequest, String sampleClass, String marker) {
            this.pattern = pattern;
            this.https = https;
            this.perRequest = perRequest;
            this.sampleClass = sampleClass;
            this.marker = marker;
        }
    }

    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(Case.values()).map(c -> Arguments.of(jdk, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void everyConnectCountedOnceAtTheApplicationsLine(Jdk jdk, Case c) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = c.https ? TruthServer.https(TruthServer::small) : TruthServer.http(TruthServer::small)) {
            List<String> args = new ArrayList<>(List.of(ClientLib.VERTX.command, c.pattern, "--url", server.url(),
                    "--requests", Integer.toString(REQUESTS),
                    // Vert.x hands a connection back to its pool on the event loop after the response completed
                    "--pause-ms", "50"));
            if (c.https) {
                args.add("--trust-pem");
                args.add(TruthServer.trustPem(ChildJvm.WORK).toString());
            }
            ChildJvm.Result run = new ChildJvm(jdk, "vertx-" + c.name().toLowerCase()).client(ClientLib.VERTX)
                    .run(args.toArray(String[]::new));
            TruthServer.Truth truth = Scenario.verifySampleRan(run, server, c.perRequest ? REQUESTS : 1);

            JsonNode summary = run.summary();
            JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^https?://", ""));
            String context = truth + "; endpoint " + endpoint + "\n" + run.describe();
            assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), context);
            assertEquals(truth.connections, endpoint.path("attributed").asLong(), context);
            assertEquals(0, endpoint.path("unattributed").asLong(), context);
            assertEquals(0, endpoint.path("failedConnects").asLong(), context);
            assertEquals(1, endpoint.path("clients").size(), context);
            assertEquals(truth.connections, endpoint.path("clients").path("netty").asLong(), context);
            assertTrue(endpoint.path("connectMsTotal").asDouble() > 0, context);
            String site = SampleLine.of(ClientLib.VERTX, c.sampleClass, c.marker);
            assertEquals(1, endpoint.path("sites").size(), context);
            assertEquals(site, endpoint.path("sites").path(0).path("site").asText(), context);
            assertEquals(truth.connections, endpoint.path("sites").path(0).path("tcpConnects").asLong(), context);
            assertTrue(run.stderr.contains("  client netty: " + truth.connections + " connects to "
                    + endpoint.path("endpoint").asText() + " (transport only: no request or reuse data), top site "
                    + site + "\n"), context);
            JsonNode tls = endpoint.path("tls");
            assertEquals(c.https ? truth.connections : 0, tls.path("full").asLong() + tls.path("resumed").asLong(),
                    () -> "one handshake per TLS connection. " + context);
            assertFalse(run.stderr.contains(" via unknown"), context);
            // QuietStartTest leaves the clients seen as netty to their own tests: nothing but the agent's lines here
            assertEquals(List.of(), QuietStartTest.foreignLines(run.stderr), context);
            assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
            assertEquals(0, summary.path("agent").path("notes").size(), context);
        }
    }
}
