package dev.reuseagent.it;

import dev.reuseagent.it.JdkHttpEnforceRuns.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.List;
import java.util.concurrent.Callable;

import static dev.reuseagent.it.JdkHttpEnforceRuns.ENFORCE;
import static dev.reuseagent.it.JdkHttpEnforceRuns.IF_RACED;
import static dev.reuseagent.it.JdkHttpEnforceRuns.args;
import static dev.reuseagent.it.JdkHttpEnforceRuns.connections;
import static dev.reuseagent.it.JdkHttpEnforceRuns.feature;
import static dev.reuseagent.it.JdkHttpEnforceRuns.run;
import static dev.reuseagent.it.JdkHttpEnforceRuns.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=jdkhttp}, the {@code shared-client} repairs, in a child JVM on each JDK: the bad pattern without
 * enforcement and with it, each against its own server, whose connection index is the truth; the application's
 * output ({@code sample: output=}) must be the same. A client per request over HTTP/1.1 (http and https) and HTTP/2
 * over TLS shares one client; clients closed, shut down or awaited per request (JDK 21+); 16 threads. What must stay
 * apart is in {@link JdkHttpEnforceNeverMergedTest}, the drain of bodies closed unread in
 * {@link JdkHttpEnforceDrainTest}; the runs themselves in {@link JdkHttpEnforceRuns}.
 */
@Isolated // runs alone: see junit-platform.properties
class JdkHttpEnforceTest {

    /** A new HttpClient per request, all alike: one connection with enforcement, N without, the same output. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.JdkHttpEnforceRuns#jdksAndTransports")
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
}
