package dev.reuseagent.it;

import dev.reuseagent.it.JdkHttpEnforceRuns.Run;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static dev.reuseagent.it.JdkHttpEnforceRuns.ENFORCE;
import static dev.reuseagent.it.JdkHttpEnforceRuns.connections;
import static dev.reuseagent.it.JdkHttpEnforceRuns.largeBodies;
import static dev.reuseagent.it.JdkHttpEnforceRuns.run;
import static dev.reuseagent.it.JdkHttpEnforceRuns.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=jdkhttp}, the {@code drain} repair and its bounds, in a child JVM on each JDK against a server whose
 * connection index is the truth: 1 MiB bodies closed unread (Content-Length over http, chunked over https) are
 * drained within {@code enforceDrain} and keep their connection, a byte bound below the body's size and a server
 * stalling mid-body close it as without the agent; the application's output is the same either way. The runs are
 * {@link JdkHttpEnforceRuns}'.
 */
@Isolated // runs alone: see junit-platform.properties
class JdkHttpEnforceDrainTest {

    /**
     * A 1 MiB body closed unread, on one client: drained within the bound (here 5 s, 4 MiB: the default 100 ms is
     * too tight for a cold JVM on a busy test machine), the connection is kept; with a byte bound below the body's
     * size it closes as without the agent. The application sees the same either way.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.reuseagent.it.JdkHttpEnforceRuns#jdksAndSchemes")
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
}
