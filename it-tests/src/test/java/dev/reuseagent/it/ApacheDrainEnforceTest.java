package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.reuseagent.it.ApacheEnforceRuns.assertTrueCounts;
import static dev.reuseagent.it.ApacheEnforceRuns.enforced;
import static dev.reuseagent.it.ApacheEnforceRuns.jvm;
import static dev.reuseagent.it.ApacheEnforceRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code enforce=apache}, repair {@code drain}, for Apache HttpClient 4.5.14 on JDK 17 and 25: a response closed
 * with its body (partly) unread keeps its connection when the rest fits {@code enforceDrain}; beyond the bound,
 * or when the server stalls mid-body, the connection closes as without the agent, and close() returns within the
 * time bound. (5.x drains on close by itself: see ApacheScenariosTest#responsesClosedUnreadCostAConnectionOnlyIn45.)
 */
@Isolated // runs alone: see junit-platform.properties
class ApacheDrainEnforceTest {

    static final String DRAIN = "drain";
    static final ClientLib LIB = ClientLib.APACHE4;

    static List<Jdk> jdks() {
        return Jdk.matrix();
    }

    /** Off, then on, over HTTP: the server's connections for each, and the application's output identical. */
    private static ChildJvm.Result offThenOn(Jdk jdk, String name, Supplier<MockResponse> body, String pattern,
            int requests, int connectionsOff, int connectionsOn, String... agentOptions) throws Exception {
        return offThenOn(jdk, false, name, body, pattern, requests, connectionsOff, connectionsOn, agentOptions);
    }

    private static ChildJvm.Result offThenOn(Jdk jdk, boolean https, String name, Supplier<MockResponse> body,
            String pattern, int requests, int connectionsOff, int connectionsOn, String... agentOptions)
            throws Exception {
        ChildJvm.Result off;
        try (TruthServer server = https ? TruthServer.https(body) : TruthServer.http(body)) {
            off = run(jvm(jdk, LIB, name + "-off"), LIB, server, pattern, "--requests", "" + requests);
            assertEquals(connectionsOff, assertTrueCounts(off, server).connections, off::describe);
        }
        String[] options = new String[agentOptions.length + 1];
        options[0] = "enforce=apache";
        System.arraycopy(agentOptions, 0, options, 1, agentOptions.length);
        try (TruthServer server = https ? TruthServer.https(body) : TruthServer.http(body)) {
            ChildJvm.Result on = run(jvm(jdk, LIB, name + "-on", options), LIB, server, pattern,
                    "--requests", "" + requests);
            assertEquals(connectionsOn, assertTrueCounts(on, server).connections, on::describe);
            assertEquals(off.outputLine(), on.outputLine(), on::describe);
            return on;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void aBodyClosedUnreadIsDrainedAndItsConnectionKept(Jdk jdk) throws Exception {
        jdk.assumePresent();
        ChildJvm.Result on = offThenOn(jdk, "drain-unread", TruthServer::small, "close-unread", 6, 6, 1);
        JsonNode repair = enforced(on, LIB, DRAIN);
        assertEquals(6, repair.path("applied").asLong(), repair::toString);
        assertEquals(5, repair.path("avoided").asLong(), repair::toString);
        // The kept connections' true history: each reuse a drain made possible says so in the event stream.
        assertEquals(5, java.nio.file.Files.readAllLines(on.eventsFile).stream()
                .filter(l -> l.contains("\"event\":\"reused\"") && l.contains("\"keptBy\":\"drain\"")).count(),
                on::describe);
        String site = SampleLine.of(LIB, "CloseUnreadPattern", "response.close()");
        assertEquals(1, on.lines("[reuse-agent] enforce apache4 drain at " + site + ": ").size(), on::describe);
        assertTrue(on.stderr.contains("read the body to the end (EntityUtils.consume(response.getEntity())) before "
                + "closing the response (enforce=apache repaired this at run time)"), on::describe);
        ChildJvm.Result overTls = offThenOn(jdk, true, "drain-unread-https", TruthServer::small, "close-unread", 6, 6,
                1);
        assertEquals(5, enforced(overTls, LIB, DRAIN).path("avoided").asLong(), overTls::describe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void aPartlyReadBodyIsDrainedFromWhereTheApplicationStopped(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // 64 KiB, chunked: the drain must read every chunk and the trailer, or the next response is garbled
        Supplier<MockResponse> chunked = () -> new MockResponse.Builder()
                .chunkedBody("0123456789abcdef".repeat(4096), 1000).build();
        offThenOn(jdk, "drain-partly-chunked", chunked, "close-partly-read", 6, 6, 1);
        Supplier<MockResponse> sized = () -> new MockResponse.Builder().body("z".repeat(64 * 1024)).build();
        offThenOn(jdk, "drain-partly-sized", sized, "close-partly-read", 6, 6, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void aBodyBeyondTheByteBoundIsClosedAsWithoutTheAgent(Jdk jdk) throws Exception {
        jdk.assumePresent();
        ChildJvm.Result on = offThenOn(jdk, "drain-too-large", TruthServer::large, "close-unread", 4, 4, 4,
                "enforceDrain=100ms+64KiB");
        assertEquals(0, enforced(on, LIB, DRAIN).path("applied").asLong(), on::describe);
        JsonNode origin = on.summary().path("origins").get(0); // the run's only origin
        assertEquals(4, origin.path("closes").path("body-not-consumed").asLong(), on::describe);
        assertTrue(on.stderr.contains("enforce apache4 drain not applied: a body with more than enforceDrain's "
                + "100ms+64KiB left unread is closed as without the agent"), on::describe);
        // a chunked body says nothing of its length: read up to the bound, then closed
        Supplier<MockResponse> chunked = () -> new MockResponse.Builder()
                .chunkedBody("y".repeat(1 << 20), 8192).build();
        ChildJvm.Result chunkedOn = offThenOn(jdk, "drain-too-large-chunked", chunked, "close-unread", 4, 4, 4,
                "enforceDrain=100ms+64KiB");
        assertEquals(0, enforced(chunkedOn, LIB, DRAIN).path("applied").asLong(), chunkedOn::describe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void aServerThatStallsMidBodyDoesNotHoldCloseBeyondTheTimeBound(Jdk jdk) throws Exception {
        jdk.assumePresent();
        Supplier<MockResponse> stalling = () -> new MockResponse.Builder().body("s".repeat(64 * 1024))
                .onResponseBody(SocketEffect.Stall.INSTANCE).build();
        for (boolean https : new boolean[] {false, true}) {
            ChildJvm.Result on = offThenOn(jdk, https, "drain-stalled-" + (https ? "https" : "http"), stalling,
                    "close-unread", 3, 3, 3, "enforceDrain=200ms+4MiB");
            assertEquals(0, enforced(on, LIB, DRAIN).path("applied").asLong(), on::describe);
            // without the time bound a close would wait for the sample's 30 s socket timeout
            Matcher slowest = Pattern.compile("sample: slowest close=(\\d+) ms").matcher(on.stdout);
            assertTrue(slowest.find(), on::describe);
            long ms = Long.parseLong(slowest.group(1));
            assertTrue(ms >= 150 && ms < 5_000, () -> "slowest close " + ms + " ms\n" + on.describe());
        }
    }
}
