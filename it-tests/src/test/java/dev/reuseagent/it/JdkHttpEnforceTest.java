package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=jdkhttp} in a child JVM on each JDK: the bad pattern without enforcement and with it, each against
 * its own server, whose connection index is the truth; the application's output ({@code sample: output=}) must be
 * the same. Shared clients (HTTP/1.1 over http and https, HTTP/2 over TLS), configurations that must stay apart,
 * clients closed per request (JDK 21+), 16 threads, the drain of bodies closed unread within and beyond its bound,
 * and enforcement of another client leaving java.net.http alone.
 */
class JdkHttpEnforceTest {

    private static final String ENFORCE = "enforce=jdkhttp";
    /** As the first expected reason: the others apply only if threads raced to more than one connection. */
    private static final String IF_RACED = "if-raced";

    /** One child JVM against a fresh server: what it printed, what the agent said, what the server saw. */
    private static final class Run {
        final ChildJvm.Result result;
        final TruthServer server;
        final TruthServer.Truth truth;
        final JsonNode origin;

        Run(ChildJvm.Result result, TruthServer server, TruthServer.Truth truth, JsonNode origin) {
            this.result = result;
            this.server = server;
            this.truth = truth;
            this.origin = origin;
        }

        /** {@code agent.enforced.jdkhttp.<repair>.<field>}, 0 when absent. */
        long enforced(String repair, String field) throws IOException {
            return result.summary().path("agent").path("enforced").path("jdkhttp").path(repair).path(field).asLong();
        }

        String context() {
            return truth + "; agent " + origin + "\n" + result.describe();
        }
    }

    /**
     * Runs {@code pattern} against a new server from {@code servers}; checks every count of the agent against the
     * server ({@link Scenario#verifyClient}) when the agent runs, and that every request succeeded.
     *
     * @param agentOptions the agent's options; null to run without the agent
     * @param reasons      the avoidable reasons the agent must report (none: none avoidable; {@link #IF_RACED}
     *                     first: those only if there was more than one connection)
     */
    private static Run run(Jdk jdk, String name, Callable<TruthServer> servers, String pattern, List<String> agentOptions,
            List<String> args, String... reasons) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = servers.call()) {
            Path pem = TruthServer.trustPem(ChildJvm.WORK);
            ChildJvm child = new ChildJvm(jdk, name);
            if (agentOptions == null) {
                child.withoutAgent();
            } else {
                agentOptions.forEach(child::agentOption);
            }
            List<String> all = new ArrayList<>(List.of("jdkhttp", pattern, "--url", server.url(), "--trust-pem",
                    pem.toString()));
            all.addAll(args);
            ChildJvm.Result result = child.run(all.toArray(new String[0]));
            if (agentOptions == null) {
                assertEquals(0, result.exitCode, result::describe);
                return new Run(result, server, server.truth(), null);
            }
            String[] expected = reasons;
            if (reasons.length > 0 && reasons[0].equals(IF_RACED)) {
                boolean raced = result.origin(server.origin()).path("newConnections").asLong() > 1;
                expected = raced ? Arrays.copyOfRange(reasons, 1, reasons.length) : new String[0];
            }
            JsonNode origin = Scenario.verifyClient(result, server, "jdkhttp", expected);
            return new Run(result, server, null, origin);
        }
    }

    /** The JDK's feature release, from its name ({@code jdk17}, {@code jdk25}). */
    private static int feature(Jdk jdk) {
        return Integer.parseInt(jdk.name.substring("jdk".length()));
    }

    private static long connections(Run run) {
        return run.origin != null ? run.origin.path("newConnections").asLong() : run.truth.connections;
    }

    static Stream<Arguments> jdksAndTransports() {
        List<Arguments> all = new ArrayList<>();
        for (Jdk jdk : Jdk.matrix()) {
            for (String transport : List.of("http", "https", "h2")) {
                all.add(Arguments.of(jdk, transport));
            }
        }
        return all.stream();
    }

    private static Callable<TruthServer> server(String transport) {
        switch (transport) {
            case "http":
                return () -> TruthServer.http(TruthServer::small);
            case "https":
                return () -> TruthServer.https(TruthServer::small);
            default:
                return () -> TruthServer.http2(TruthServer::small);
        }
    }

    private static List<String> args(String transport, String... more) {
        List<String> args = new ArrayList<>(List.of(more));
        if (transport.equals("h2")) {
            args.addAll(List.of("--protocol", "h2"));
        }
        return args;
    }

    /** A new HttpClient per request, all alike: one connection with enforcement, N without, the same output. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndTransports")
    void clientPerRequestSharesOneClient(Jdk jdk, String transport) throws Exception {
        List<String> args = args(transport, "--requests", "10");
        Run off = run(jdk, "jdkhttp-enf-off-" + transport, server(transport), "per-request", List.of(), args,
                "new-client");
        Run on = run(jdk, "jdkhttp-enf-on-" + transport, server(transport), "per-request", List.of(ENFORCE), args);
        assertEquals(10, connections(off), off::context);
        assertEquals(1, connections(on), on::context);
        assertEquals(off.result.outputLine(), on.result.outputLine());
        assertEquals(9, on.enforced("shared-client", "applied"), on::context);
        assertEquals(9, on.enforced("shared-client", "avoided"), on::context);
        assertEquals(1, on.result.lines("enforce jdkhttp shared-client at dev.reuseagent.samples.jdkhttp."
                + "JdkHttpClients.newDefaultClient(").size(), on::context);
        assertTrue(on.result.stdout.contains("ok=10 failed=0"), on::context);
    }

    /** Each client configured differently (executor, proxy selector, SSL context, timeout): nothing merged. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void differentConfigurationsAreNeverMerged(Jdk jdk) throws Exception {
        Callable<TruthServer> servers = () -> TruthServer.https(TruthServer::small);
        List<String> args = List.of("--requests", "8");
        Run off = run(jdk, "jdkhttp-enf-varied-off", servers, "varied-config", null, args);
        Run on = run(jdk, "jdkhttp-enf-varied-on", servers, "varied-config", List.of(ENFORCE), args, "new-client");
        assertEquals(8, connections(off), off::context);
        assertEquals(8, connections(on), on::context);
        assertEquals(off.result.outputLine(), on.result.outputLine());
        assertEquals(0, on.enforced("shared-client", "applied"), on::context);
    }

    /** Clients that differ only by redirect policy: shared within a policy, never across (2 connections). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void redirectPoliciesAreNotMerged(Jdk jdk) throws Exception {
        Run on = run(jdk, "jdkhttp-enf-redirects", () -> TruthServer.http(TruthServer::small), "redirect-policies",
                List.of(ENFORCE), List.of("--requests", "6"), "new-client");
        assertEquals(2, connections(on), on::context);
        assertEquals(4, on.enforced("shared-client", "applied"), on::context);
    }

    /**
     * Each client closed, or shut down, after its request, or closed while its asynchronous request runs (JDK 21+;
     * on 17 there is nothing to call): the shared client ignores it, one connection serves all, no error, and the
     * JVM exits on its own.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void closingAClientPerRequestKeepsTheSharedOneOpen(Jdk jdk) throws Exception {
        for (String pattern : List.of("per-request-close", "per-request-shutdown", "per-request-async-close")) {
            Run on = run(jdk, "jdkhttp-enf-" + pattern, () -> TruthServer.https(TruthServer::small), pattern,
                    List.of(ENFORCE), List.of("--requests", "8"));
            assertEquals(1, connections(on), on::context);
            assertFalse(on.result.stderr.contains("Exception"), on::context);
            assertEquals(feature(jdk) >= 21 ? 8 : 0,
                    on.enforced("shared-client-close", "applied"), on::context);
        }
        // Callers closing their client while others are mid-request on the shared one: every request completes.
        Run threads = run(jdk, "jdkhttp-enf-per-request-close-threads", () -> TruthServer.https(TruthServer::small),
                "per-request-close", List.of(ENFORCE), List.of("--requests", "32", "--threads", "8"),
                IF_RACED, "pool-busy", "new-client");
        assertTrue(threads.result.stdout.contains("ok=32 failed=0"), threads::context);
        assertTrue(connections(threads) <= 8, threads::context);
        assertFalse(threads.result.stderr.contains("Exception"), threads::context);
    }

    /**
     * Each client shut down and awaited (JDK 21+): once every caller has stopped the shared client, awaiting stops it
     * for real, so the application sees what it saw without the agent (terminated, true) and nothing is shared.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void awaitingTerminationSeesTheClientTerminate(Jdk jdk) throws Exception {
        Callable<TruthServer> servers = () -> TruthServer.http(TruthServer::small);
        List<String> args = List.of("--requests", "5");
        Run off = run(jdk, "jdkhttp-enf-await-off", servers, "per-request-await", null, args);
        boolean jdk21 = feature(jdk) >= 21;
        Run on = run(jdk, "jdkhttp-enf-await-on", servers, "per-request-await", List.of(ENFORCE), args,
                jdk21 ? new String[] {"new-client"} : new String[0]);
        assertEquals(off.result.outputLine(), on.result.outputLine());
        assertEquals(jdk21 ? 5 : 1, connections(on), on::context);
    }

    /** 16 threads, a client per request: every request succeeds, at most one connection per thread. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sixteenThreadsWithAClientPerRequest(Jdk jdk) throws Exception {
        Callable<TruthServer> servers = () -> TruthServer.http(TruthServer::small);
        List<String> args = List.of("--requests", "64", "--threads", "16");
        Run off = run(jdk, "jdkhttp-enf-threads-off", servers, "per-request", null, args);
        Run on = run(jdk, "jdkhttp-enf-threads-on", servers, "per-request", List.of(ENFORCE), args,
                IF_RACED, "pool-busy", "new-client");
        assertEquals(64, connections(off), off::context);
        assertTrue(connections(on) <= 16, on::context);
        assertTrue(on.result.stdout.contains("ok=64 failed=0"), on::context);
        assertEquals(off.result.outputLine(), on.result.outputLine());
    }

    static Stream<Arguments> jdksAndSchemes() {
        List<Arguments> all = new ArrayList<>();
        for (Jdk jdk : Jdk.matrix()) {
            all.add(Arguments.of(jdk, "http"));
            all.add(Arguments.of(jdk, "https"));
        }
        return all.stream();
    }

    /** 1 MiB, with Content-Length over http and chunked over https: both body parsers of the JDK are drained. */
    private static Callable<TruthServer> largeBodies(String scheme) {
        String body = "x".repeat(1 << 20);
        return scheme.equals("http")
                ? () -> TruthServer.http(() -> new MockResponse.Builder().body(body).build())
                : () -> TruthServer.https(() -> new MockResponse.Builder().chunkedBody(body, 16 * 1024).build());
    }

    /**
     * A 1 MiB body closed unread, on one client: drained within the bound (here 5 s, 4 MiB: the default 100 ms is
     * too tight for a cold JVM on a busy test machine), the connection is kept; with a byte bound below the body's
     * size it closes as without the agent. The application sees the same either way.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("jdksAndSchemes")
    void bodiesClosedUnreadAreDrainedWithinTheBound(Jdk jdk, String scheme) throws Exception {
        Callable<TruthServer> servers = largeBodies(scheme);
        List<String> args = List.of("--requests", "6");
        Run off = run(jdk, "jdkhttp-enf-drain-off-" + scheme, servers, "close-unread", null, args);
        Run on = run(jdk, "jdkhttp-enf-drain-on-" + scheme, servers, "close-unread",
                List.of(ENFORCE, "enforceDrain=5s+4MiB"), args);
        Run bounded = run(jdk, "jdkhttp-enf-drain-bounded-" + scheme, servers, "close-unread",
                List.of(ENFORCE, "enforceDrain=5s+64KiB"), args, "body-not-consumed");
        assertEquals(6, connections(off), off::context);
        assertEquals(1, connections(on), on::context);
        assertEquals(6, on.enforced("drain", "applied"), on::context);
        assertEquals(5, on.enforced("drain", "avoided"), on::context);
        // The kept connections' true history: each reuse a drain made possible says so in the event stream.
        assertEquals(5, java.nio.file.Files.readAllLines(on.result.eventsFile).stream()
                .filter(l -> l.contains("\"event\":\"reused\"") && l.contains("\"keptBy\":\"drain\"")).count(),
                on::context);
        assertEquals(6, connections(bounded), bounded::context);
        assertEquals(0, bounded.enforced("drain", "applied"), bounded::context);
        assertEquals(1, warnings(bounded, "enforce jdkhttp drain not applied"), bounded::context);
        assertEquals(off.result.outputLine(), on.result.outputLine());
        assertEquals(off.result.outputLine(), bounded.result.outputLine());
    }

    /**
     * A server that stalls mid-body (64 KiB every half second): the drain gives up at its time bound (200 ms), the
     * connection closes as without the agent, and the application goes on.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void aStalledBodyIsNotWaitedForBeyondTheBound(Jdk jdk) throws Exception {
        String body = "x".repeat(1 << 20);
        Callable<TruthServer> servers = () -> TruthServer.http(() -> new MockResponse.Builder().body(body)
                .throttleBody(64 * 1024, 500, TimeUnit.MILLISECONDS).build());
        List<String> args = List.of("--requests", "4");
        Run off = run(jdk, "jdkhttp-enf-stall-off", servers, "close-unread", null, args);
        long start = System.nanoTime();
        Run on = run(jdk, "jdkhttp-enf-stall-on", servers, "close-unread",
                List.of(ENFORCE, "enforceDrain=200ms+4MiB"), args, "body-not-consumed");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(4, connections(off), off::context);
        assertEquals(4, connections(on), on::context);
        assertEquals(1, warnings(on, "enforce jdkhttp drain not applied"), on::context);
        assertEquals(off.result.outputLine(), on.result.outputLine());
        assertTrue(seconds < 30, () -> "took " + seconds + " s: " + on.context());
    }

    private static long warnings(Run run, String text) {
        return run.result.lines(text).stream().filter(l -> l.contains(" WARN ")).count();
    }

    /** enforce=okhttp: java.net.http is reported as ever and not repaired. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void enforcingAnotherClientLeavesJdkHttpAlone(Jdk jdk) throws Exception {
        Run on = run(jdk, "jdkhttp-enf-okhttp-only", () -> TruthServer.http(TruthServer::small), "per-request",
                List.of("enforce=okhttp"), List.of("--requests", "6"), "new-client");
        assertEquals(6, connections(on), on::context);
        assertTrue(on.result.summary().path("agent").path("enforced").path("jdkhttp").isMissingNode(),
                on::context);
    }
}
