package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the {@code enforce=jdkhttp} scenarios share ({@link JdkHttpEnforceTest}, {@link JdkHttpEnforceNeverMergedTest},
 * {@link JdkHttpEnforceDrainTest}): one child JVM of the jdkhttp sample against a fresh {@link TruthServer}, whose
 * connection index is the truth, and what such a run printed, reported and served.
 */
final class JdkHttpEnforceRuns {

    static final String ENFORCE = "enforce=jdkhttp";
    /** As the first expected reason: the others apply only if threads raced to more than one connection. */
    static final String IF_RACED = "if-raced";

    private JdkHttpEnforceRuns() {
    }

    /** One child JVM against a fresh server: what it printed, what the agent said, what the server saw. */
    static final class Run {
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
    static Run run(Jdk jdk, String name, Callable<TruthServer> servers, String pattern, List<String> agentOptions,
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
    static int feature(Jdk jdk) {
        return Integer.parseInt(jdk.name.substring("jdk".length()));
    }

    static long connections(Run run) {
        return run.origin != null ? run.origin.path("newConnections").asLong() : run.truth.connections;
    }

    static long warnings(Run run, String text) {
        return run.result.lines(text).stream().filter(l -> l.contains(" WARN ")).count();
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

    static Callable<TruthServer> server(String transport) {
        switch (transport) {
            case "http":
                return () -> TruthServer.http(TruthServer::small);
            case "https":
                return () -> TruthServer.https(TruthServer::small);
            default:
                return () -> TruthServer.http2(TruthServer::small);
        }
    }

    static List<String> args(String transport, String... more) {
        List<String> args = new ArrayList<>(List.of(more));
        if (transport.equals("h2")) {
            args.addAll(List.of("--protocol", "h2"));
        }
        return args;
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
    static Callable<TruthServer> largeBodies(String scheme) {
        String body = "x".repeat(1 << 20);
        return scheme.equals("http")
                ? () -> TruthServer.http(() -> new MockResponse.Builder().body(body).build())
                : () -> TruthServer.https(() -> new MockResponse.Builder().chunkedBody(body, 16 * 1024).build());
    }
}
