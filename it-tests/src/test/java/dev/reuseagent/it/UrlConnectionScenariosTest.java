package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HttpURLConnection scenarios (docs/contracts.md §8), each in its own JVM with the agent, on JDK 17 and on Temurin 25 where
 * installed. Every count is checked against what the server saw.
 */
class UrlConnectionScenariosTest {


    private static ChildJvm.Result sample(Jdk jdk, String name, TruthServer server, String pattern, String... extra)
            throws Exception {
        return sample(new ChildJvm(jdk, name), server, pattern, extra);
    }

    private static ChildJvm.Result sample(ChildJvm jvm, TruthServer server, String pattern, String... extra)
            throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        String[] base = {"urlconnection", pattern, "--url", server.url(), "--trust-pem", pem.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return jvm.run(args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedKeepAliveOverHttpReusesOneConnection(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, "shared-http", server, "shared", "--requests", "20");
            JsonNode origin = Scenario.verify(run, server);
            assertEquals(1, origin.path("newConnections").asLong());
            assertEquals(19, origin.path("reusedConnections").asLong());
            assertEquals(1, origin.path("reasons").path("first-use").asLong());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void sharedKeepAliveOverHttpsReusesOneConnection(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, "shared-https", server, "shared", "--requests", "20");
            JsonNode origin = Scenario.verify(run, server);
            assertEquals(1, origin.path("newConnections").asLong());
            assertEquals(1, origin.path("tls").path("full").asLong(), origin::toString);
            assertEquals(0, origin.path("tls").path("resumed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void bodyNotConsumed(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::large)) {
            ChildJvm.Result run = sample(jdk, "body-not-consumed", server, "body-not-consumed", "--requests", "8");
            JsonNode origin = Scenario.verify(run, server, "body-not-consumed");
            assertEquals(8, origin.path("newConnections").asLong());
            assertTrue(origin.path("closes").path("body-not-consumed").asLong() >= 7, origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void bodyNeverClosed(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, "body-not-closed", server, "body-not-closed", "--requests", "6");
            Scenario.verify(run, server, "body-not-consumed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void bodyNeverClosedOnSeveralThreads(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // Abandoned responses pin their connections; with several threads it must not read as pool-busy.
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, "body-not-closed-threads", server, "body-not-closed", "--requests",
                    "12", "--threads", "3");
            Scenario.verify(run, server, "body-not-consumed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void disconnectEveryRequest(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, "disconnect", server, "disconnect", "--requests", "8");
            JsonNode origin = Scenario.verify(run, server, "app-closed");
            assertEquals(8, origin.path("newConnections").asLong());
            assertEquals(8, origin.path("closes").path("app-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void newSslFactoryPerRequest(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, "new-ssl-factory", server, "new-ssl-factory", "--requests", "8");
            JsonNode origin = Scenario.verify(run, server, "new-client");
            assertEquals(8, origin.path("newConnections").asLong());
            // A new SSLContext per request has no session to resume: every handshake is full.
            assertEquals(8, origin.path("tls").path("full").asLong(), origin::toString);
            assertTrue(run.stderr.contains("A new SSLSocketFactory (or SSLContext) per request"), run::describe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverSaysConnectionClose(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::closing)) {
            ChildJvm.Result run = sample(jdk, "server-close", server, "shared", "--requests", "8");
            JsonNode origin = Scenario.verify(run, server, "server-closed");
            assertEquals(8, origin.path("newConnections").asLong());
            assertEquals(8, origin.path("closes").path("server-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverKeepAliveTimeoutShorterThanPauses(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .addHeader("Connection", "keep-alive")
                .addHeader("Keep-Alive", "timeout=1, max=100").build())) {
            // Linger past the JDK's Keep-Alive-Timer sweep (every 5 s) so that it closes the expired connections.
            ChildJvm.Result run = sample(jdk, "idle-timeout", server, "shared", "--requests", "4",
                    "--pause-ms", "1600", "--linger-ms", "5500");
            JsonNode origin = Scenario.verify(run, server, "idle-timeout");
            assertEquals(4, origin.path("newConnections").asLong());
            assertTrue(origin.path("closes").path("idle-timeout").asLong() >= 3, origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void concurrencyAboveMaxConnections(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm jvm = new ChildJvm(jdk, "pool-limit").jvmArg("-Dhttp.maxConnections=2");
            ChildJvm.Result run = sample(jvm, server, "shared", "--requests", "120", "--threads", "6");
            JsonNode origin = Scenario.verify(run, server, "pool-busy", "pool-full");
            // returned connections beyond the idle cap are evicted: pool-full closes
            assertTrue(origin.path("closes").path("pool-full").asLong() >= 1, origin::toString);
            // more connections than the idle cap of 2: the concurrency, not the cap, decides how many are opened
            assertTrue(origin.path("newConnections").asLong() > 2, origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void httpsFullThenResumedHandshakes(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            ChildJvm.Result run = sample(jdk, "tls-resumed", server, "disconnect", "--requests", "6");
            JsonNode origin = Scenario.verify(run, server, "app-closed");
            JsonNode tls = origin.path("tls");
            assertEquals(6, tls.path("full").asLong() + tls.path("resumed").asLong(), origin::toString);
            assertEquals(1, tls.path("full").asLong(), origin::toString);
            assertEquals(5, tls.path("resumed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void keepAliveSwitchedOff(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm jvm = new ChildJvm(jdk, "keepalive-off").jvmArg("-Dhttp.keepAlive=false");
            ChildJvm.Result run = sample(jvm, server, "shared", "--requests", "6");
            JsonNode origin = Scenario.verify(run, server, "app-closed");
            assertEquals(6, origin.path("closes").path("app-closed").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void serverDropsIdleConnectionsSilently(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // No Connection: close header: the client caches the connection, finds it dead on reuse and retries.
        try (TruthServer server = TruthServer.http(() -> TruthServer.smallBuilder()
                .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build())) {
            ChildJvm.Result run = sample(jdk, "stale", server, "shared", "--requests", "6", "--pause-ms", "100");
            JsonNode origin = Scenario.verify(run, server, "stale");
            assertEquals(5, origin.path("closes").path("stale").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void everyRedirectCostsAConnection(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // /data answers 302 to /final: the JDK closes the connection on every redirect it follows.
        try (TruthServer server = TruthServer.http(request -> request.getTarget().startsWith("/final")
                ? TruthServer.small()
                : new mockwebserver3.MockResponse.Builder().code(302).addHeader("Location", "/final").build())) {
            ChildJvm.Result run = sample(jdk, "redirect", server, "shared", "--requests", "5");
            JsonNode origin = Scenario.verify(run, server, "redirect");
            assertEquals(6, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(10, origin.path("requests").asLong(), origin::toString);
            assertEquals(5, origin.path("closes").path("redirect").asLong(), origin::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void expectContinueUploadsCountOnceAndReuse(Jdk jdk) throws Exception {
        jdk.assumePresent();
        // The interim "100 Continue" is read like a response head, but it is not a request of its own.
        try (ContinueServer server = new ContinueServer()) {
            ChildJvm.Result run = new ChildJvm(jdk, "expect-continue").run("urlconnection", "post-expect-continue",
                    "--url", server.url(), "--requests", "5");
            assertEquals(0, run.exitCode, run::describe);
            assertEquals(5, server.continues.get(), "the server answered 100 Continue every time");
            JsonNode origin = run.origin(server.origin());
            assertEquals(server.connections.get(), origin.path("newConnections").asLong(), origin::toString);
            assertEquals(server.requests.get(), origin.path("requests").asLong(), origin::toString);
            assertEquals(1, origin.path("newConnections").asLong(), origin::toString);
            assertEquals(4, origin.path("reusedConnections").asLong(), origin::toString);
            assertEquals(0, origin.path("failedExchanges").asLong(), origin::toString);
            assertEquals(0, run.summary().path("agent").path("adviceErrors").asLong());
        }
    }
}
