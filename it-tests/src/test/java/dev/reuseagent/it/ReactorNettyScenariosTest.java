package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reactor Netty 1.3's HttpClient reported by its own slice, {@code reactor-netty}: per origin, requests, new and
 * reused connections from its pool, reasons and the sample's line as the site, every count checked against the
 * server's own; on its default native epoll transport on every JDK of the matrix, and once on NIO. The TCP connects
 * (reported by the netty slice) are claimed by it: the endpoint counts them under {@code reactor-netty}.
 */
class ReactorNettyScenariosTest {

    private static final String CLIENT = "reactor-netty";

    private static ChildJvm.Result run(Jdk jdk, String name, TruthServer server, String pattern, int requests,
            String... jvmArgs) throws Exception {
        return run(jdk, name, server, pattern, requests, 1, jvmArgs);
    }

    private static ChildJvm.Result run(Jdk jdk, String name, TruthServer server, String pattern, int requests,
            int threads, String... jvmArgs) throws Exception {
        jdk.assumePresent();
        ChildJvm jvm = new ChildJvm(jdk, name).client(ClientLib.REACTOR);
        for (String arg : jvmArgs) {
            jvm.jvmArg(arg);
        }
        // Reactor Netty hands a connection back to its pool on the event loop after block() has returned: a request
        // sent at once could find it still busy and open another one (pool-busy, truthfully, but not this scenario).
        return jvm.run(ClientLib.REACTOR.command, pattern, "--url", server.url(), "--requests",
                Integer.toString(requests), "--threads", Integer.toString(threads), "--pause-ms", "50");
    }

    /** The slice's own report: every connect of the endpoint under reactor-netty, no note, no advice error. */
    private static void claimedEveryConnect(ChildJvm.Result run, TruthServer server, JsonNode origin)
            throws Exception {
        JsonNode summary = run.summary();
        JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^https?://", ""));
        String context = origin + "\n" + endpoint + "\n" + run.describe();
        assertEquals(origin.path("newConnections").asLong(), endpoint.path("clients").path(CLIENT).asLong(), context);
        assertEquals(1, endpoint.path("clients").size(), context);
        assertEquals(0, summary.path("agent").path("notes").size(), context);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
    }

    private static void sitedAt(JsonNode origin, String sampleClass, String marker) throws Exception {
        String site = SampleLine.of(ClientLib.REACTOR, sampleClass, marker);
        assertEquals(1, origin.path("sites").size(), origin::toString);
        assertEquals(site, origin.path("sites").path(0).path("site").asText(), origin::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientReusesOneConnectionOnEpoll(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-shared", server, "shared", 10);
            assertTrue(run.stdout.contains("sample: channel=EpollSocketChannel\n"), run::describe);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT);
            claimedEveryConnect(run, server, origin);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(9, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            sitedAt(origin, "ReactorSharedPattern", "connects once, then reuses");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void providerPerRequestIsNewClientAtTheSamplesLine(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-provider-per-request", server, "provider-per-request", 5);
            assertTrue(run.stdout.contains("sample: channel=EpollSocketChannel\n"), run::describe);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "new-client");
            claimedEveryConnect(run, server, origin);
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(0, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(4, origin.path("reasons").path("new-client").asLong(), origin::toString);
            assertEquals(5, origin.path("closes").path("app-closed").asLong(), origin::toString);
            sitedAt(origin, "ReactorProviderPerRequestPattern", "the mistake: a pool per request");
        }
    }

    @Test
    void sharedClientOnNio() throws Exception {
        Jdk jdk = Jdk.matrix().get(0);
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-shared-nio", server, "shared", 6,
                    "-Dreactor.netty.native=false");
            assertTrue(run.stdout.contains("sample: channel=NioSocketChannel\n"), run::describe);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT);
            claimedEveryConnect(run, server, origin);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, origin.path("reusedConnections").asLong(), origin::toString);
            sitedAt(origin, "ReactorSharedPattern", "connects once, then reuses");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverSaysConnectionClose(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .addHeader("Connection", "close")
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build())) {
            ChildJvm.Result run = run(jdk, "reactor-netty-server-close", server, "shared", 5);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "server-closed");
            claimedEveryConnect(run, server, origin);
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("reasons").path("server-closed").asLong(), origin::toString);
            assertEquals(5, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    /** Four threads on one shared client: the pool opens a connection per concurrent request, each pool-busy. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void concurrencyAboveTheIdleConnectionsIsPoolBusy(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-pool-busy", server, "shared", 40, 4);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "pool-busy");
            claimedEveryConnect(run, server, origin);
            long connections = origin.path("newConnections").asLong();
            assertTrue(connections > 1, origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(connections - 1, origin.path("reasons").path("pool-busy").asLong(), origin::toString);
        }
    }
}
