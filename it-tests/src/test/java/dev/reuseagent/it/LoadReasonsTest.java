package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every client under load (issue 11, point 1): 8, 16 and 64 threads share one client, each reads and closes every
 * body, against a keep-alive server that never closes a connection and keeps idle ones 60 s. The counts must equal
 * the server's, with no advice error, and every reason and close cause must be one this run can cause: a pool
 * that was busy ({@code pool-busy}) or over its idle limit ({@code pool-full}). Not {@code idle-timeout} (no pause
 * comes near the timeout), not {@code body-not-consumed} (every body is read), not {@code server-closed} or
 * {@code stale} (the server never closes).
 *
 * <p>8 and 16 threads run on the test's own JDK, 64 threads on every JDK of the matrix, to keep the class near two
 * minutes: 24 child JVMs of about 3 s each.
 */
@Isolated // runs alone: see junit-platform.properties
class LoadReasonsTest {

    /** 50 requests per thread: enough for the pool to churn (returns, evictions, new misses) on every thread. */
    private static final int REQUESTS_PER_THREAD = 50;

    /** New connections the run can cause: the first, then only a busy pool, or one its idle limit shrank. */
    private static final Set<String> POSSIBLE_REASONS = Set.of("first-use", "pool-busy", "pool-full");
    /** Closes the run can cause: an idle limit, and the sample closing its client at the end. */
    private static final Set<String> POSSIBLE_CLOSES = Set.of("pool-full", "app-closed");

    /** One client as the sample app runs it: its subcommand, and its class path (null: sample-apps.jar). */
    enum LoadClient {
        URLCONNECTION("urlconnection", null, REQUESTS_PER_THREAD),
        JDKHTTP("jdkhttp", null, REQUESTS_PER_THREAD),
        OKHTTP4("okhttp", ClientLib.OKHTTP4, REQUESTS_PER_THREAD),
        OKHTTP5("okhttp", ClientLib.OKHTTP5, REQUESTS_PER_THREAD),
        // Apache takes about 50 ms per request on this loopback server, with or without the agent: fewer
        // requests, on a pool of a quarter as many connections as threads (so requests still queue for it)
        APACHE4("apache4", ClientLib.APACHE4, 10),
        APACHE5("apache5", ClientLib.APACHE5, 10);

        final String command;
        final String agentName;
        final ClientLib lib;
        final int requestsPerThread;

        LoadClient(String command, ClientLib lib, int requestsPerThread) {
            this.command = command;
            this.agentName = command;
            this.lib = lib;
            this.requestsPerThread = requestsPerThread;
        }

        /** Extra sample arguments for {@code threads}: Apache's pool size. */
        List<String> extra(int threads) {
            return lib == ClientLib.APACHE4 || lib == ClientLib.APACHE5
                    ? List.of("--pool-size", String.valueOf(threads / 4)) : List.of();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        List<Jdk> matrix = Jdk.matrix();
        for (LoadClient client : LoadClient.values()) {
            cases.add(Arguments.of(matrix.get(0), client, 8));
            cases.add(Arguments.of(matrix.get(0), client, 16));
            for (Jdk jdk : matrix) {
                cases.add(Arguments.of(jdk, client, 64));
            }
        }
        return cases.stream();
    }

    /** Keep-alive with a 60 s idle timeout, stated so that HttpURLConnection does not fall back to its 5 s. */
    static MockResponse keepAlive() {
        return TruthServer.smallBuilder().addHeader("Connection", "keep-alive")
                .addHeader("Keep-Alive", "timeout=60").build();
    }

    @ParameterizedTest(name = "{0} {1} {2} threads")
    @MethodSource("cases")
    void sharedClientUnderLoadReportsOnlyWhatTheRunCauses(Jdk jdk, LoadClient client, int threads) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(LoadReasonsTest::keepAlive)) {
            int requests = threads * client.requestsPerThread;
            ChildJvm jvm = new ChildJvm(jdk, "load-" + client.name().toLowerCase() + "-" + threads)
                    .agentOption("logLimit=0");
            if (client.lib != null) {
                jvm.client(client.lib);
            }
            Path pem = TruthServer.trustPem(ChildJvm.WORK);
            List<String> args = new ArrayList<>(List.of(client.command, "shared", "--url", server.url(), "--trust-pem",
                    pem.toString(), "--requests", String.valueOf(requests), "--threads", String.valueOf(threads)));
            args.addAll(client.extra(threads));
            ChildJvm.Result run = jvm.run(args.toArray(new String[0]));
            assertTrue(run.stdout.contains("ok=" + requests + " failed=0"), run::describe);
            JsonNode origin = Scenario.verifyCounts(run, server, client.agentName);
            assertOnly(POSSIBLE_REASONS, origin.path("reasons"), "reasons", origin);
            assertOnly(POSSIBLE_CLOSES, origin.path("closes"), "closes", origin);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
        }
    }

    private static void assertOnly(Set<String> possible, JsonNode counts, String what, JsonNode origin) {
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertTrue(possible.contains(e.getKey()), () -> what + " " + e.getKey() + "=" + e.getValue()
                    + " cannot have been caused by this run (possible: " + possible + "): " + origin);
        }
    }
}
