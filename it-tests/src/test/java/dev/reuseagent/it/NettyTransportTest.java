package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Netty at the transport layer, on every JDK of the matrix: plain Netty 4.2 on its NIO transport and on its native
 * epoll transport (which never touches java.net), and Reactor Netty 1.3's HttpClient on its default transport
 * (native epoll on Linux). Every channel connect is counted once per endpoint, as many as the server saw, under
 * client {@code netty} (or {@code reactor-netty}, whose slice claims its HTTP/1.1 connects), with the sample's own line
 * as the site; a channel per request shows as a connect per
 * request, a shared channel or pool as one.
 */
class NettyTransportTest {

    /** One run: the library, its pattern, the channel class that must have connected, connects, the site's marker. */
    enum Case {
        NIO_PER_REQUEST(ClientLib.NETTY, "nio-per-request", "NioSocketChannel", true,
                "NettyPerRequestPattern", "the mistake: a channel per request"),
        NIO_SHARED(ClientLib.NETTY, "nio-shared", "NioSocketChannel", false,
                "NettySharedPattern", "opened once, then kept"),
        EPOLL_PER_REQUEST(ClientLib.NETTY, "epoll-per-request", "EpollSocketChannel", true,
                "NettyPerRequestPattern", "the mistake: a channel per request"),
        EPOLL_SHARED(ClientLib.NETTY, "epoll-shared", "EpollSocketChannel", false,
                "NettySharedPattern", "opened once, then kept"),
        REACTOR_PROVIDER_PER_REQUEST(ClientLib.REACTOR, "provider-per-request", "EpollSocketChannel", true,
                "ReactorProviderPerRequestPattern", "the mistake: a pool per request"),
        REACTOR_NEW_CONNECTION(ClientLib.REACTOR, "new-connection", "EpollSocketChannel", true,
                "ReactorNewConnectionPattern", "the mistake: no pool at all"),
        REACTOR_SHARED(ClientLib.REACTOR, "shared", "EpollSocketChannel", false,
                "ReactorSharedPattern", "connects once, then reuses");

        final ClientLib lib;
        final String pattern;
        final String channelClass;
        final boolean perRequest;
        final String sampleClass;
        final String marker;

        Case(ClientLib lib, String pattern, String channelClass, boolean perRequest, String sampleClass,
                String marker) {
            this.lib = lib;
            this.pattern = pattern;
            this.channelClass = channelClass;
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
    void everyChannelConnectCountedOnceAtTheApplicationsLine(Jdk jdk, Case c) throws Exception {
        jdk.assumePresent();
        int requests = 5;
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, c.lib.command + "-" + c.pattern).client(c.lib)
                    .run(c.lib.command, c.pattern, "--url", server.url(), "--requests", Integer.toString(requests),
                            // Reactor Netty hands a connection back to its pool on the event loop after block()
                            // has returned: a request sent at once can find it still busy and open another one.
                            "--pause-ms", "50");
            TruthServer.Truth truth = Scenario.verifySampleRan(run, server, c.perRequest ? requests : 1);
            assertTrue(run.stdout.contains("sample: channel=" + c.channelClass + "\n"), run::describe);

            JsonNode summary = run.summary();
            JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^http://", ""));
            String context = truth + "; endpoint " + endpoint + "\n" + run.describe();
            assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), context);
            assertEquals(truth.connections, endpoint.path("attributed").asLong(), context);
            assertEquals(0, endpoint.path("unattributed").asLong(), context);
            assertEquals(0, endpoint.path("failedConnects").asLong(), context);
            assertEquals(1, endpoint.path("clients").size(), context);
            // Reactor Netty's HTTP/1.1 connects are claimed by its own slice
            String client = c.lib == ClientLib.REACTOR ? "reactor-netty" : "netty";
            assertEquals(truth.connections, endpoint.path("clients").path(client).asLong(), context);
            assertTrue(endpoint.path("connectMsTotal").asDouble() > 0, context);
            String site = SampleLine.of(c.lib, c.sampleClass, c.marker);
            assertEquals(1, endpoint.path("sites").size(), context);
            assertEquals(site, endpoint.path("sites").path(0).path("site").asText(), context);
            assertEquals(truth.connections, endpoint.path("sites").path(0).path("tcpConnects").asLong(), context);
            assertEquals(client.equals("netty"), run.stderr.contains("  client netty: " + truth.connections
                    + " connects to " + endpoint.path("endpoint").asText()
                    + " (transport only: no request or reuse data), top site " + site + "\n"), context);
            assertEquals(List.of(), notNettysOwnWarnings(QuietStartTest.foreignLines(run.stderr)), context);
            assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
            assertEquals(0, summary.path("agent").path("notes").size(), context);
        }
    }

    /**
     * Connect time ends where the transport fulfils the connect's promise, not when the slice's listener on it runs:
     * a listener the application added first (Vert.x builds its HTTP connection in one) takes 1.5 s here on each
     * connect, and two loopback connects together stay below that. Before: about 1.5 s per connect.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void connectTimeLeavesOutTheApplicationsConnectListeners(Jdk jdk) throws Exception {
        jdk.assumePresent();
        long listenerMs = 1500;
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = new ChildJvm(jdk, "netty-slow-connect-listener").client(ClientLib.NETTY)
                    .jvmArg("-Dsample.netty.connectListenerMs=" + listenerMs)
                    .run("netty", "nio-per-request", "--url", server.url(), "--requests", "2");
            TruthServer.Truth truth = Scenario.verifySampleRan(run, server, 2);
            JsonNode endpoint = Scenario.endpoint(run.summary(), server.origin().replaceFirst("^http://", ""));
            String context = truth + "; endpoint " + endpoint + "\n" + run.describe();
            assertEquals(2, endpoint.path("tcpConnects").asLong(), context);
            double connectMs = endpoint.path("connectMsTotal").asDouble();
            assertTrue(connectMs > 0 && connectMs < listenerMs, context);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong(), context);
        }
    }

    /**
     * Netty loads its native transport with System.loadLibrary, which JDK 24 and later warn about (JEP 472): Netty's
     * own warning, printed without the agent too. Anything else on stderr besides the agent's lines would be ours.
     */
    private static List<String> notNettysOwnWarnings(List<String> lines) {
        return lines.stream().filter(line -> !line.equals("hints:")) // the summary's, once reactor-netty reports
                .filter(line -> !(line.startsWith("WARNING: ") && (line.contains("restricted method")
                || line.contains("System::loadLibrary") || line.contains("enable-native-access")
                || line.contains("Restricted methods")))).toList();
    }

    /**
     * The slice starts only when Netty loads: a JVM that uses another client loads its descriptor and nothing else of
     * it (no hook table, advice, tracking or reflection), while a JVM that uses Netty does; the same for the
     * reactor-netty slice, which plain Netty does not start and Reactor Netty does.
     */
    @org.junit.jupiter.api.Test
    void aJvmWithoutNettyLoadsNothingOfTheSliceButItsDescriptor() throws Exception {
        Jdk jdk = Jdk.matrix().get(0);
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            List<String> without = sliceClassesLoaded(jdk, "netty-slice-not-started", null, "urlconnection", "shared",
                    server);
            assertEquals(List.of("dev.reuseagent.client.netty.NettySlice",
                    "dev.reuseagent.client.reactornetty.ReactorNettySlice"), without);
            List<String> with = sliceClassesLoaded(jdk, "netty-slice-started", ClientLib.NETTY, "netty", "nio-shared",
                    server);
            assertTrue(with.contains("dev.reuseagent.client.netty.NettyTracking"), with::toString);
            assertTrue(with.contains("dev.reuseagent.client.netty.PipelineConnectAdvice"), with::toString);
            // plain Netty does not start the Reactor Netty slice
            assertEquals(List.of("dev.reuseagent.client.reactornetty.ReactorNettySlice"),
                    with.stream().filter(c -> c.contains(".reactornetty.")).toList());
            List<String> reactor = sliceClassesLoaded(jdk, "reactor-netty-slice-started", ClientLib.REACTOR, "reactor",
                    "shared", server);
            assertTrue(reactor.contains("dev.reuseagent.client.reactornetty.ReactorNettyTracking"), reactor::toString);
        }
    }

    /** The classes of the netty and reactor-netty slices' packages the child JVM loaded, from its class loading log. */
    private static List<String> sliceClassesLoaded(Jdk jdk, String name, ClientLib lib, String command,
            String pattern, TruthServer server) throws Exception {
        Path log = ChildJvm.WORK.resolve(name + "-classes.log");
        Files.deleteIfExists(log);
        ChildJvm jvm = new ChildJvm(jdk, name).jvmArg("-Xlog:class+load=info:file=" + log);
        if (lib != null) {
            jvm.client(lib);
        }
        ChildJvm.Result run = jvm.run(command, pattern, "--url", server.url(), "--requests", "2");
        assertEquals(0, run.exitCode, run::describe);
        assertFalse(run.summary().path("endpoints").isEmpty(), run::describe);
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains(" dev.reuseagent.client.netty.")
                        || line.contains(" dev.reuseagent.client.reactornetty."))
                .map(line -> line.replaceFirst("^.* (dev\\.reuseagent\\.client\\.(reactor)?netty\\.\\S+).*$", "$1"))
                .sorted().distinct().toList();
    }
}
