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
        return run(ClientLib.REACTOR, jdk, name, server, pattern, requests, threads, jvmArgs);
    }

    private static ChildJvm.Result run(ClientLib lib, Jdk jdk, String name, TruthServer server, String pattern,
            int requests, int threads, String... jvmArgs) throws Exception {
        return run(lib, lib.command, jdk, name, server, pattern, requests, threads, jvmArgs);
    }

    /** {@code command} of sample-apps, on the class path of {@code lib}. */
    private static ChildJvm.Result run(ClientLib lib, String command, Jdk jdk, String name, TruthServer server,
            String pattern, int requests, int threads, String... jvmArgs) throws Exception {
        return run(lib, command, jdk, name, server, pattern, requests, threads, 50, jvmArgs);
    }

    private static ChildJvm.Result run(ClientLib lib, String command, Jdk jdk, String name, TruthServer server,
            String pattern, int requests, int threads, int pauseMs, String... jvmArgs) throws Exception {
        jdk.assumePresent();
        ChildJvm jvm = new ChildJvm(jdk, name).client(lib);
        for (String arg : jvmArgs) {
            jvm.jvmArg(arg);
        }
        // Reactor Netty hands a connection back to its pool on the event loop after block() has returned: a request
        // sent at once could find it still busy and open another one (pool-busy, truthfully, but not this scenario).
        return jvm.run(command, pattern, "--url", server.url(), "--requests",
                Integer.toString(requests), "--threads", Integer.toString(threads),
                "--pause-ms", Integer.toString(pauseMs),
                "--trust-pem", TruthServer.trustPem(ChildJvm.WORK).toString());
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

    /**
     * A shared client: one connection, reused by the rest. Reactor Netty hands a connection back to its pool on the
     * event loop after {@code block()} has returned: on a loaded machine the next request (50 ms later) can still find
     * it busy and open another, reported {@code pool-busy} (the server's count decides, never the agent's).
     */
    private static JsonNode sharedReuse(ChildJvm.Result run, TruthServer server, int requests) throws Exception {
        JsonNode origin = Scenario.verifyCounts(run, server, CLIENT);
        claimedEveryConnect(run, server, origin);
        long connections = origin.path("newConnections").asLong();
        assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        assertEquals(connections - 1, origin.path("reasons").path("pool-busy").asLong(), origin::toString);
        assertEquals(connections == 1 ? 1 : 2, origin.path("reasons").size(), origin::toString);
        assertTrue(origin.path("reusedConnections").asLong() >= requests / 2, origin::toString);
        return origin;
    }

    /**
     * A pool (or no pool) per request: a connection per request, the first {@code first-use}, the rest
     * {@code new-client}, each closed by the application's side ({@code app-closed}), sited at the sample's line.
     */
    private static void perRequest(ChildJvm.Result run, TruthServer server, int requests, String sampleClass,
            String marker) throws Exception {
        JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "new-client");
        claimedEveryConnect(run, server, origin);
        assertEquals(requests, origin.path("newConnections").asLong(), origin::toString);
        assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        assertEquals(requests - 1, origin.path("reasons").path("new-client").asLong(), origin::toString);
        assertEquals(requests, origin.path("closes").path("app-closed").asLong(), origin::toString);
        sitedAt(origin, sampleClass, marker);
    }

    private static void sitedAt(JsonNode origin, String sampleClass, String marker) throws Exception {
        sitedAt(origin, ClientLib.REACTOR, sampleClass, marker);
    }

    private static void sitedAt(JsonNode origin, ClientLib lib, String sampleClass, String marker) throws Exception {
        String site = SampleLine.of(lib, sampleClass, marker);
        assertEquals(1, origin.path("sites").size(), origin::toString);
        assertEquals(site, origin.path("sites").path(0).path("site").asText(), origin::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientReusesOneConnectionOnEpoll(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-shared", server, "shared", 10);
            assertTrue(run.stdout.contains("sample: channel=EpollSocketChannel\n"), run::describe);
            JsonNode origin = sharedReuse(run, server, 10);
            sitedAt(origin, "ReactorSharedPattern", "connects once, then reuses");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void providerPerRequestIsNewClientAtTheSamplesLine(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-provider-per-request", server, "provider-per-request", 5);
            assertTrue(run.stdout.contains("sample: channel=EpollSocketChannel\n"), run::describe);
            perRequest(run, server, 5, "ReactorProviderPerRequestPattern", "the mistake: a pool per request");
        }
    }

    @Test
    void sharedClientOnNio() throws Exception {
        Jdk jdk = Jdk.matrix().get(0);
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-shared-nio", server, "shared", 6,
                    "-Dreactor.netty.native=false");
            assertTrue(run.stdout.contains("sample: channel=NioSocketChannel\n"), run::describe);
            JsonNode origin = sharedReuse(run, server, 6);
            sitedAt(origin, "ReactorSharedPattern", "connects once, then reuses");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverSaysConnectionClose(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-server-close", server, "shared", 5);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "server-closed");
            claimedEveryConnect(run, server, origin);
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("reasons").path("server-closed").asLong(), origin::toString);
            assertEquals(5, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    /**
     * The pool's {@code maxIdleTime} (set by Reactor Netty's system property for its global pool) shorter than the
     * pauses: the pool evicts the idle connection when the next request asks for one, closing it itself; each later
     * connection's reason and each eviction's close cause is {@code idle-timeout}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void poolMaxIdleTimeShorterThanThePausesIsIdleTimeout(Jdk jdk) throws Exception {
        idleClosed(jdk, "reactor-netty-max-idle-time", TruthServer.http(TruthServer::small), "idle-timeout",
                "-Dreactor.netty.pool.maxIdleTime=100");
    }

    /**
     * The pool's {@code maxLifeTime} shorter than the pauses: the pool evicts the idle connection that outlived it.
     * The contract has no cause of its own for that; it is an expiry in the pool, reported {@code idle-timeout}.
     */
    @Test
    void poolMaxLifeTimeIsIdleTimeout() throws Exception {
        idleClosed(Jdk.matrix().get(0), "reactor-netty-max-life-time", TruthServer.http(TruthServer::small),
                "idle-timeout", "-Dreactor.netty.pool.maxLifeTime=100");
    }

    /**
     * The server closes each connection right after its response, without saying so ({@code Connection: close}):
     * the connection dies while idle in the pool, which drops it at the next request and opens another: as the
     * Apache clients report it, {@code stale}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverClosingIdleConnectionsIsStale(Jdk jdk) throws Exception {
        idleClosed(jdk, "reactor-netty-server-closes-idle", TruthServer.http(() -> TruthServer.smallBuilder()
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build()), "stale");
    }

    /**
     * Four requests 300 ms apart on a shared client whose pooled connection is closed while idle: a connection each,
     * the first {@code first-use}, the rest {@code cause}; the closes seen before exit all {@code cause} (the last
     * connection may still be open at exit, when the pool closes it only at the next request).
     */
    private static void idleClosed(Jdk jdk, String name, TruthServer truthServer, String cause, String... jvmArgs)
            throws Exception {
        try (TruthServer server = truthServer) {
            ChildJvm.Result run = run(ClientLib.REACTOR, ClientLib.REACTOR.command, jdk, name, server, "shared", 4, 1,
                    300, jvmArgs);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, cause);
            claimedEveryConnect(run, server, origin);
            assertEquals(4, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(3, origin.path("reasons").path(cause).asLong(), origin::toString);
            JsonNode closes = origin.path("closes");
            assertTrue(closes.path(cause).asLong() >= 3, origin::toString);
            assertEquals(1, closes.size(), origin::toString);
            sitedAt(origin, "ReactorSharedPattern", "connects once, then reuses");
        }
    }

    /** Four threads on one shared client: the pool opens a connection per concurrent request, each pool-busy. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void concurrencyAboveTheIdleConnectionsIsPoolBusy(Jdk jdk) throws Exception {
        poolBusy(jdk, "reactor-netty-pool-busy");
    }

    /**
     * The same on a single event loop ({@code reactor.netty.ioWorkerCount=1}), where every connection is handed out
     * on the same thread: still {@code pool-busy}, not a response that thread abandoned.
     */
    @Test
    void concurrencyOnOneEventLoopIsPoolBusy() throws Exception {
        poolBusy(Jdk.matrix().get(0), "reactor-netty-pool-busy-one-loop", "-Dreactor.netty.ioWorkerCount=1");
    }

    private static void poolBusy(Jdk jdk, String name, String... jvmArgs) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, name, server, "shared", 40, 4, jvmArgs);
            JsonNode origin = Scenario.verifyClient(run, server, CLIENT, "pool-busy");
            claimedEveryConnect(run, server, origin);
            long connections = origin.path("newConnections").asLong();
            assertTrue(connections > 1, origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(connections - 1, origin.path("reasons").path("pool-busy").asLong(), origin::toString);
        }
    }

    /** Over TLS the origin is https://, the same counts and reasons; the handshakes are not counted here yet. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void httpsSharedAndProviderPerRequest(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-https-shared", server, "shared", 6);
            assertTrue(server.origin().startsWith("https://"), server::origin);
            JsonNode origin = sharedReuse(run, server, 6);
            sitedAt(origin, "ReactorSharedPattern", "connects once, then reuses");
        }
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-https-provider-per-request", server,
                    "provider-per-request", 4);
            perRequest(run, server, 4, "ReactorProviderPerRequestPattern", "the mistake: a pool per request");
        }
    }

    /** {@code HttpClient.newConnection()} pools nothing: a connection per request, new-client, closed by the client. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void newConnectionIsAConnectionPerRequest(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = run(jdk, "reactor-netty-new-connection", server, "new-connection", 4);
            perRequest(run, server, 4, "ReactorNewConnectionPattern", "the mistake: no pool at all");
        }
    }

    /**
     * Spring's RestClient with Reactor Netty on the class path: {@code RestClient.create()} runs on Reactor Netty's
     * global pool, so a RestClient per request still reuses one connection; the site is the sample's line, not
     * Spring's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void springRestClientOnReactorNetty(Jdk jdk) throws Exception {
        for (String pattern : new String[] {"rest-client-shared", "rest-client-per-request"}) {
            try (TruthServer server = TruthServer.http(TruthServer::small)) {
                ChildJvm.Result run = run(ClientLib.SPRING_REACTOR, jdk, "reactor-netty-spring-" + pattern, server,
                        pattern, 6, 1);
                JsonNode origin = sharedReuse(run, server, 6);
                String sampleClass = pattern.equals("rest-client-shared") ? "RestClientSharedPattern"
                        : "RestClientPerRequestPattern";
                sitedAt(origin, ClientLib.SPRING_REACTOR, sampleClass, ".retrieve()");
            }
        }
    }

    /**
     * Spring's WebClient (spring-webflux 7.0.10) on Reactor Netty: one WebClient, and one per request (on Reactor
     * Netty's global pool, so still one connection); the site is the sample's line, not Spring's or Reactor's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void springWebClient(Jdk jdk) throws Exception {
        for (String pattern : new String[] {"webclient-shared", "webclient-per-request"}) {
            try (TruthServer server = TruthServer.http(TruthServer::small)) {
                ChildJvm.Result run = run(ClientLib.SPRING_REACTOR, ClientLib.REACTOR.command, jdk,
                        "reactor-netty-" + pattern, server, pattern, 6, 1);
                JsonNode origin = sharedReuse(run, server, 6);
                String sampleClass = pattern.equals("webclient-shared") ? "WebClientSharedPattern"
                        : "WebClientPerRequestPattern";
                sitedAt(origin, sampleClass, ".block(ReactorClients.TIMEOUT)");
            }
        }
    }

    /**
     * HTTP/2, h2 over TLS (ALPN) and h2c with prior knowledge: a shared client makes one connection and sends every
     * request as a stream on it (the first new, the rest reused); a pool per request is a connection per request,
     * {@code new-client}. Counts equal the server's, every connect claimed by reactor-netty, sited at the sample.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void http2StreamsOnOneConnection(Jdk jdk) throws Exception {
        for (boolean tls : new boolean[] {true, false}) {
            try (TruthServer server = http2Server(tls)) {
                ChildJvm.Result run = runHttp2(jdk, tls, server, "shared", 6);
                JsonNode origin = Scenario.verifyClient(run, server, CLIENT);
                claimedEveryConnect(run, server, origin);
                assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
                assertEquals(5, origin.path("reusedConnections").asLong(), origin::toString);
                assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
                Scenario.tlsPerConnection(origin, tls);
                sitedAt(origin, "ReactorSharedPattern", "connects once, then reuses");
            }
            try (TruthServer server = http2Server(tls)) {
                ChildJvm.Result run = runHttp2(jdk, tls, server, "provider-per-request", 4);
                perRequest(run, server, 4, "ReactorProviderPerRequestPattern", "the mistake: a pool per request");
            }
        }
    }

    /**
     * Four threads on one shared HTTP/2 client: concurrent streams on the pooled connections, every one counted, each
     * connection's first stream new and the rest reused, as many connections as the server saw. Reactor Netty's
     * {@code Http2Pool} opens a connection for each request that arrives before any is ready: {@code pool-busy}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void http2ConcurrentStreams(Jdk jdk) throws Exception {
        try (TruthServer server = http2Server(true)) {
            ChildJvm.Result run = runHttp2(jdk, true, server, "shared", 40, "--threads", "4");
            JsonNode origin = Scenario.verifyCounts(run, server, CLIENT);
            claimedEveryConnect(run, server, origin);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(origin.path("newConnections").asLong() - 1, origin.path("reasons").path("pool-busy").asLong(),
                    origin::toString);
            assertTrue(origin.path("reusedConnections").asLong() >= 40 - 4, origin::toString);
        }
    }

    private static TruthServer http2Server(boolean tls) throws Exception {
        return tls ? TruthServer.http2(TruthServer::small) : TruthServer.h2PriorKnowledge(TruthServer::small);
    }

    private static ChildJvm.Result runHttp2(Jdk jdk, boolean tls, TruthServer server, String pattern, int requests,
            String... more) throws Exception {
        jdk.assumePresent();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(ClientLib.REACTOR.command, pattern,
                "--url", server.url(), "--requests", Integer.toString(requests), "--pause-ms", "50",
                "--protocol", "h2", "--trust-pem", TruthServer.trustPem(ChildJvm.WORK).toString()));
        args.addAll(java.util.List.of(more));
        return new ChildJvm(jdk, "reactor-netty-h2-" + (tls ? "tls-" : "prior-knowledge-") + pattern
                + (more.length == 0 ? "" : "-concurrent")).client(ClientLib.REACTOR).run(args.toArray(new String[0]));
    }
}
