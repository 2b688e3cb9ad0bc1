package dev.reuseagent.it;

import dev.reuseagent.it.JdkHttpEnforceRuns.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.Callable;

import static dev.reuseagent.it.JdkHttpEnforceRuns.ENFORCE;
import static dev.reuseagent.it.JdkHttpEnforceRuns.connections;
import static dev.reuseagent.it.JdkHttpEnforceRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=jdkhttp} where it must not merge, in a child JVM on each JDK against a server whose connection
 * index is the truth: clients configured differently (executor, proxy selector, SSL context, timeout) stay apart,
 * clients differing only by redirect policy are shared within a policy only, and enforcing another client
 * ({@code enforce=okhttp}) leaves java.net.http alone. The runs are {@link JdkHttpEnforceRuns}'.
 */
class JdkHttpEnforceNeverMergedTest {

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
