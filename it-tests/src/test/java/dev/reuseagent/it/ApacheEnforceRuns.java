package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the Apache enforcement scenarios share: how a sample runs (with the truth server's certificate in the JVM's
 * default trust store, since {@code HttpClients.createDefault()} trusts only that), and what they read back.
 */
final class ApacheEnforceRuns {

    /** Written once per test JVM: the certificate is made anew in each. */

    private ApacheEnforceRuns() {
    }

    static Stream<Arguments> cases() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(ClientLib.APACHE4, ClientLib.APACHE5)
                .map(lib -> Arguments.of(jdk, lib)));
    }

    /** A child JVM for {@code lib} whose default trust store holds the truth server's certificate. */
    static ChildJvm jvm(Jdk jdk, ClientLib lib, String name, String... agentOptions) throws Exception {
        ChildJvm jvm = new ChildJvm(jdk, name + "-" + lib)
                .jvmArg("-Djavax.net.ssl.trustStore=" + TruthServer.trustStore())
                .jvmArg("-Djavax.net.ssl.trustStorePassword=" + TruthServer.TRUST_STORE_PASSWORD)
                .jvmArg("-Djavax.net.ssl.trustStoreType=PKCS12");
        for (String option : agentOptions) {
            jvm.agentOption(option);
        }
        return jvm;
    }

    /** Runs {@code pattern} of {@code lib} against {@code server}. */
    static ChildJvm.Result run(ChildJvm jvm, ClientLib lib, TruthServer server, String pattern, String... extra)
            throws Exception {
        Path pem = TruthServer.trustPem(ChildJvm.WORK);
        List<String> args = new ArrayList<>(List.of(lib.command, pattern, "--url", server.url(), "--trust-pem",
                pem.toString()));
        args.addAll(List.of(extra));
        return jvm.client(lib).run(args.toArray(new String[0]));
    }


    /** {@code agent.enforced.<client>.<repair>} of the summary (missing when the repair never ran). */
    static JsonNode enforced(ChildJvm.Result run, ClientLib lib, String repair) throws IOException {
        return run.summary().path("agent").path("enforced").path(lib.agentName).path(repair);
    }

    /** The agent's counts for the server's origin equal the server's own, and the agent had no error. */
    static TruthServer.Truth assertTrueCounts(ChildJvm.Result run, TruthServer server) throws Exception {
        assertEquals(0, run.exitCode, run::describe);
        TruthServer.Truth truth = server.truth();
        JsonNode origin = run.origin(server.origin());
        String context = run.name + ": " + truth + "; agent reported " + origin;
        assertEquals(truth.connections, origin.path("newConnections").asLong(), context);
        assertEquals(truth.requests, origin.path("requests").asLong(), context);
        JsonNode agent = run.summary().path("agent");
        assertEquals(0, agent.path("adviceErrors").asLong(), () -> "advice errors: " + agent + "\n" + run.describe());
        return truth;
    }
}
