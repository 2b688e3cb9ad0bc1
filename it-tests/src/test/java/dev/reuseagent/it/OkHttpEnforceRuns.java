package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the {@code enforce=okhttp} scenarios share ({@link OkHttpEnforceTest}, {@link OkHttpEnforceNeverMergedTest}):
 * one child JVM of an okhttp sample (OkHttp 4.12 or 5.3) against a {@link TruthServer}, with the server's
 * certificate in the JVM's default trust store, a run without and one with enforcement, and what they report.
 */
final class OkHttpEnforceRuns {

    static final int N = 8;
    /** Written once per test JVM: the test server's certificate is made anew in each. */

    private OkHttpEnforceRuns() {
    }

    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(ClientLib.OKHTTP4, ClientLib.OKHTTP5)
                .map(lib -> Arguments.of(jdk, lib)));
    }

    /**
     * Runs an okhttp pattern; {@code enforce} null means no {@code enforce=} option. The JVM's default trust store
     * trusts the test server, so clients built with every default (over https) can connect.
     */
    static ChildJvm.Result run(Jdk jdk, ClientLib lib, String name, TruthServer server, String enforce,
            String pattern, String... extra) throws Exception {
        jdk.assumePresent();
        ChildJvm child = new ChildJvm(jdk, name + "-" + lib + "-" + (enforce == null ? "off" : enforce)).client(lib)
                .jvmArg("-Djavax.net.ssl.trustStore=" + TruthServer.trustStore())
                .jvmArg("-Djavax.net.ssl.trustStorePassword=" + TruthServer.TRUST_STORE_PASSWORD)
                .jvmArg("-Djavax.net.ssl.trustStoreType=PKCS12");
        if (enforce != null) {
            child.agentOption("enforce=" + enforce);
        }
        String[] base = {lib.command, pattern, "--url", server.url(), "--trust-pem",
                TruthServer.trustPem(ChildJvm.WORK).toString()};
        return child.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }


    /** {@code agent.enforced.okhttp.shared-pool} of the summary (missing when the repair never ran). */
    static JsonNode sharedPool(ChildJvm.Result run) throws IOException {
        return run.summary().path("agent").path("enforced").path("okhttp").path("shared-pool");
    }

    static String context(ChildJvm.Result off, ChildJvm.Result on) {
        return "\n--- without enforcement:\n" + off.describe() + "\n--- with enforce=okhttp:\n" + on.describe();
    }

    static TruthServer server(boolean https) {
        try {
            return https ? TruthServer.https(TruthServer::small) : TruthServer.http(TruthServer::small);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static TruthServer http2Server() {
        try {
            return TruthServer.http2(TruthServer::small);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs {@code pattern} without and with enforcement, each against its own server; returns {off, on}. */
    static ChildJvm.Result[] offAndOn(Jdk jdk, ClientLib lib, String name, Supplier<TruthServer> servers,
            long[] connections, String pattern, String... extra) throws Exception {
        ChildJvm.Result[] runs = new ChildJvm.Result[2];
        for (int i = 0; i < 2; i++) {
            try (TruthServer server = servers.get()) {
                runs[i] = run(jdk, lib, name, server, i == 0 ? null : "okhttp", pattern, extra);
                connections[i] = server.truth().connections;
            }
        }
        return runs;
    }

    /** An answer whose head comes after 1 s. */
    static MockResponse slow() {
        return TruthServer.smallBuilder().headersDelay(1, TimeUnit.SECONDS).build();
    }
}
