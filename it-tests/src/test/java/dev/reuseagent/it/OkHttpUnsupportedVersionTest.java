package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OkHttp 3.14.9 (Retrofit 2's default), a version the okhttp hooks only half match: some of its classes have the
 * hooked names, others not (no {@code internal.connection.RealCall}, no {@code newCodec$okhttp}, field
 * {@code idleAtNanos} instead of {@code idleAtNs}). Woven class by class, it reported 1 connection with 0 requests
 * for 20 requests. The client must stand down in that class loader instead, with one note, and its connects must
 * be counted by the transport layer alone, as client {@code unknown}, exactly as many as the server saw.
 */
class OkHttpUnsupportedVersionTest {

    private static ChildJvm.Result okhttp3(Jdk jdk, String name, TruthServer server, String pattern, int requests)
            throws Exception {
        jdk.assumePresent();
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        return new ChildJvm(jdk, name).client(ClientLib.OKHTTP3).run(ClientLib.OKHTTP3.command, pattern, "--url",
                server.url(), "--trust-pem", pem.toString(), "--requests", String.valueOf(requests));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedClientStandsDownAndTheTransportCountsItsOneConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp3(jdk, "okhttp3-shared", server, "shared", 20);
            verifyStoodDown(run, server, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void clientPerRequestStandsDownAndTheTransportCountsEveryConnection(Jdk jdk) throws Exception {
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = okhttp3(jdk, "okhttp3-client-per-request", server, "client-per-request", 6);
            verifyStoodDown(run, server, 6);
        }
    }

    private static void verifyStoodDown(ChildJvm.Result run, TruthServer server, int expectedConnections)
            throws Exception {
        TruthServer.Truth truth = Scenario.verifySampleRan(run, server, expectedConnections);

        JsonNode summary = run.summary();
        String context = truth + "\n" + summary + "\n" + run.describe();
        // No half-instrumented figures: no origin at all, no okhttp log line.
        assertEquals(0, summary.path("origins").size(), context);
        assertTrue(run.lines("new connection #").isEmpty(), context);
        assertTrue(run.lines("could not instrument").isEmpty(), "one note, not a warning per class: " + context);

        // The transport layer counts what the server saw, as client unknown.
        JsonNode endpoint = Scenario.endpoint(summary, server.origin().replaceFirst("^https?://", ""));
        assertEquals(truth.connections, endpoint.path("tcpConnects").asLong(), context);
        assertEquals(0, endpoint.path("attributed").asLong(), context);
        assertEquals(truth.connections, endpoint.path("clients").path("unknown").asLong(), context);

        // One note naming the client, the class loader and the reason, in the log and in the summary.
        List<String> notes = new ArrayList<>();
        for (JsonNode note : summary.path("agent").path("notes")) {
            if (note.asText().startsWith("okhttp ")) {
                notes.add(note.asText());
            }
        }
        assertEquals(1, notes.size(), context);
        String note = notes.get(0);
        assertTrue(note.startsWith("okhttp stands down in class loader 'app' "
                + "(jdk.internal.loader.ClassLoaders$AppClassLoader@"), note);
        assertTrue(note.contains("idleAtNs"), "the first problem found is named: " + note);
        assertTrue(note.endsWith("; its connections there are counted by the transport layer only, as client unknown"),
                note);
        assertEquals(1, run.lines(" WARN [reuse-agent] okhttp stands down in ").size(), "logged once: " + context);
        assertEquals(1, run.lines("  note: okhttp stands down in ").size(), "and in the summary: " + context);
        assertEquals(0, summary.path("agent").path("adviceErrors").asLong(), context);
    }
}
