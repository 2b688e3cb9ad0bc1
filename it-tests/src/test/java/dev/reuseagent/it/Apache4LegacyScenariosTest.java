package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apache HttpClient 4's legacy API (httpclient 4.5.14: {@code DefaultHttpClient} through
 * {@code DefaultRequestDirector}) reported as {@code apache4}, like the modern API: a new client per request (its
 * BasicClientConnectionManager) and one shared client with a PoolingClientConnectionManager, a
 * ThreadSafeClientConnManager, a BasicClientConnectionManager or a SingleClientConnManager, over http and https, on
 * JDK 17 and on Temurin 25 where installed. Every count is checked against what the server saw.
 */
class Apache4LegacyScenariosTest {

    private static final ClientLib LIB = ClientLib.APACHE4;

    static Stream<Arguments> schemes() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of("http", "https").map(s -> Arguments.of(jdk, s)));
    }

    static Stream<Arguments> jdks() {
        return Jdk.matrix().stream().map(Arguments::of);
    }

    static Stream<Arguments> sharedManagers() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of("pooling", "tsccm").map(m -> Arguments.of(jdk, m)));
    }

    static Stream<Arguments> managers() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of("pooling", "tsccm", "basic", "single").flatMap(m ->
                Stream.of("http", "https").map(s -> Arguments.of(jdk, m, s))));
    }

    private static TruthServer server(String scheme) throws Exception {
        return scheme.equals("https") ? TruthServer.https(TruthServer::small) : TruthServer.http(TruthServer::small);
    }

    /** A child JVM whose legacy-shared client uses {@code manager} ({@code -Dsample.legacyManager}). */
    private static ChildJvm withManager(Jdk jdk, String name, String manager) {
        return new ChildJvm(jdk, name + "-" + manager).jvmArg("-Dsample.legacyManager=" + manager);
    }

    private static ChildJvm.Result sample(ChildJvm jvm, TruthServer server, String pattern, String... extra)
            throws Exception {
        return ApacheScenariosTest.sample(jvm, LIB, server, pattern, extra);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("schemes")
    void clientPerRequestIsNewClientAtTheSamplesLine(Jdk jdk, String scheme) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = server(scheme)) {
            ChildJvm.Result run = sample(new ChildJvm(jdk, "legacy-per-request-" + scheme), server,
                    "legacy-per-request", "--requests", "6");
            JsonNode origin = Scenario.verifyClient(run, server, LIB.agentName, "new-client");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(0, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(5, origin.path("reasons").path("new-client").asLong(), origin::toString);
            assertEquals(6, origin.path("closes").path("app-closed").asLong(), origin::toString);
            assertOneSite(origin, SampleLine.of(LIB, "LegacyPerRequestPattern", "client.execute("), 6);
            if (scheme.equals("https")) {
                assertEquals(6, origin.path("tls").path("full").asLong(), origin::toString); // an SSLContext each
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("managers")
    void sharedClientReusesOneConnection(Jdk jdk, String manager, String scheme) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = server(scheme)) {
            ChildJvm jvm = withManager(jdk, "legacy-shared-" + scheme, manager);
            ChildJvm.Result run = sample(jvm, server, "legacy-shared", "--requests", "10");
            JsonNode origin = Scenario.verifyClient(run, server, LIB.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(9, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertEquals(1, origin.path("closes").path("app-closed").asLong(), origin::toString);
            assertOneSite(origin, SampleLine.of(LIB, "SharedClientPattern", "client.execute("), 1);
            if (scheme.equals("https")) {
                assertEquals(1, origin.path("tls").path("full").asLong(), origin::toString);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedManagers")
    void sharedClientAboveItsPoolWaitsAndOpensOnlyThePool(Jdk jdk, String manager) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm jvm = withManager(jdk, "legacy-busy", manager);
            ChildJvm.Result run = sample(jvm, server, "legacy-shared", "--requests", "24", "--threads", "4",
                    "--pool-size", "2");
            JsonNode origin = Scenario.verifyCounts(run, server, LIB.agentName);
            assertEquals(2, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(22, origin.path("reusedConnections").asLong(), origin::toString);
            assertTrue(origin.path("leaseWaits").path("waits").asLong() > 0, origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedManagers")
    void unclosedResponsesPinTheirConnections(Jdk jdk, String manager) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            // a pool big enough that every leaked lease is followed by a new connection, not a wait
            ChildJvm jvm = withManager(jdk, "legacy-body", manager);
            ChildJvm.Result run = sample(jvm, server, "legacy-body-not-consumed", "--requests", "6",
                    "--pool-size", "10");
            JsonNode origin = Scenario.verifyClient(run, server, LIB.agentName, "body-not-consumed");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, origin.path("reasons").path("body-not-consumed").asLong(), origin::toString);
            assertOneSite(origin, SampleLine.of(LIB, "BodyNotConsumedPattern", "client.execute("), 6);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedManagers")
    void serverSaysConnectionClose(Jdk jdk, String manager) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm jvm = withManager(jdk, "legacy-server-close", manager);
            ChildJvm.Result run = sample(jvm, server, "legacy-shared", "--requests", "5");
            JsonNode origin = Scenario.verifyClient(run, server, LIB.agentName, "server-closed");
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(5, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedManagers")
    void keepAliveTimeoutShorterThanPausesIsIdleTimeout(Jdk jdk, String manager) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .addHeader("Keep-Alive", "timeout=1").build())) {
            // the client honours the server's Keep-Alive timeout and expires the idle connection at the next lease
            ChildJvm jvm = withManager(jdk, "legacy-idle", manager);
            ChildJvm.Result run = sample(jvm, server, "legacy-shared", "--requests", "3", "--pause-ms", "1300");
            JsonNode origin = Scenario.verifyClient(run, server, LIB.agentName, "idle-timeout");
            assertEquals(3, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(2, origin.path("closes").path("idle-timeout").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedManagers")
    void theStaleCheckFindsConnectionsTheServerDropped(Jdk jdk, String manager) throws Exception {
        jdk.assumePresent();
        // No Connection: close header: the client pools the connection; the legacy API's stale connection check
        // (on by default) finds it closed at the next lease and reconnects
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build())) {
            ChildJvm jvm = withManager(jdk, "legacy-stale", manager);
            ChildJvm.Result run = sample(jvm, server, "legacy-shared", "--requests", "5", "--pause-ms", "200");
            JsonNode origin = Scenario.verifyClient(run, server, LIB.agentName, "stale");
            assertEquals(5, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("closes").path("stale").asLong(), origin::toString);
            assertEquals(0, origin.path("failedExchanges").asLong(), "the check, not a failed request, found it");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharedManagers")
    void underLoadReportsOnlyWhatTheRunCauses(Jdk jdk, String manager) throws Exception {
        jdk.assumePresent();
        // as LoadReasonsTest: 16 threads on a pool of 4, keep-alive, every body read
        try (TruthServer server = TruthServer.http(LoadReasonsTest::keepAlive)) {
            ChildJvm jvm = withManager(jdk, "legacy-load", manager).agentOption("logLimit=0");
            ChildJvm.Result run = sample(jvm, server, "legacy-shared", "--requests", "160", "--threads", "16",
                    "--pool-size", "4");
            assertTrue(run.stdout.contains("ok=160 failed=0"), run::describe);
            JsonNode origin = Scenario.verifyCounts(run, server, LIB.agentName);
            assertEquals(1, origin.path("reasons").path("first-use").asLong(), origin::toString);
            assertOnly(Set.of("first-use", "pool-busy"), origin.path("reasons"), origin);
            assertOnly(Set.of("app-closed"), origin.path("closes"), origin);
            assertTrue(origin.path("newConnections").asLong() <= 4, origin::toString);
        }
    }

    private static void assertOnly(Set<String> possible, JsonNode counts, JsonNode origin) {
        counts.fieldNames().forEachRemaining(name -> assertTrue(possible.contains(name), origin::toString));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void theModernApiKeepsItsHooksWhereTheLegacyClassesAreMissing(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // httpclient 4.5.14 without the legacy classes: the legacy hooks are optional, so the slice still applies
        List<Path> classpath = new ArrayList<>();
        for (Path entry : LIB.classpath()) {
            classpath.add(entry.getFileName().toString().startsWith("httpclient-") ? withoutLegacyClasses(entry) : entry);
        }
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm jvm = new ChildJvm(jdk, "legacy-missing").classpath(classpath, "dev.reuseagent.samples.SampleMain");
            Path pem = TruthServer.trustPem(ChildJvm.WORK);
            ChildJvm.Result run = jvm.run(LIB.command, "shared", "--url", server.url(), "--trust-pem", pem.toString(),
                    "--requests", "5");
            assertTrue(run.lines(" stands down in ").isEmpty(), run::describe);
            JsonNode origin = Scenario.verifyClient(run, server, LIB.agentName);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("reusedConnections").asLong(), origin::toString);
        }
    }

    /** A copy of the httpclient jar without the legacy API's hooked classes. */
    private static Path withoutLegacyClasses(Path jar) throws IOException {
        Path stripped = ChildJvm.WORK.resolve("httpclient-without-legacy.jar");
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                String name = entry.getName();
                if (name.startsWith("org/apache/http/impl/conn/tsccm/")
                        || name.startsWith("org/apache/http/impl/conn/DefaultClientConnection")
                        || name.startsWith("org/apache/http/impl/conn/PoolingClientConnectionManager")
                        || name.startsWith("org/apache/http/impl/conn/BasicClientConnectionManager")
                        || name.startsWith("org/apache/http/impl/conn/SingleClientConnManager")
                        || name.startsWith("org/apache/http/impl/client/DefaultRequestDirector")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return stripped;
    }

    private static void assertOneSite(JsonNode origin, String site, long newConnections) {
        JsonNode sites = origin.path("sites");
        assertEquals(1, sites.size(), origin::toString);
        assertEquals(site, sites.get(0).path("site").asText(), origin::toString);
        assertEquals(newConnections, sites.get(0).path("newConnections").asLong(), origin::toString);
    }
}
