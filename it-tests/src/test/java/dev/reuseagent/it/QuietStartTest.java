package dev.reuseagent.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A healthy run prints nothing but the agent's own lines: no JVM warning the agent causes (Unsafe use, class data
 * sharing switched off by a boot class path append, a stack trace), on JDK 17 and on JDK 25, with every client's
 * shared pattern over HTTPS (so the TLS hooks are woven too).
 */
class QuietStartTest {

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (Jdk jdk : Jdk.matrix()) {
            runs.add(Arguments.of(jdk, "urlconnection", null));
            runs.add(Arguments.of(jdk, "jdkhttp", null));
            for (ClientLib lib : ClientLib.values()) {
                if (lib.agentName.equals("netty") || lib.agentName.equals("reactor-netty")) {
                    // on Netty, whose native transport JDK 24+ warns about itself: NettyTransportTest checks that its
                    // runs print nothing else
                    continue;
                }
                if (lib.agentName.equals("grpc")) {
                    continue; // gRPC needs a gRPC server: GrpcScenariosTest checks that its shared runs print nothing else
                }
                if (lib == ClientLib.APACHE5_6 || lib == ClientLib.APACHE5_6_ASYNC) {
                    continue; // 5.5's samples and slices again: ApacheScenariosTest and Apache5AsyncScenariosTest check it
                }
                runs.add(Arguments.of(jdk, lib.command, lib));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("runs")
    void aHealthyRunPrintsOnlyTheAgentsLines(Jdk jdk, String client, ClientLib lib) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.https(TruthServer::small)) {
            Path pem = TruthServer.trustPem(ChildJvm.WORK);
            ChildJvm jvm = new ChildJvm(jdk, "quiet-" + (lib == null ? client : lib.toString()));
            if (lib != null) {
                jvm.client(lib);
            }
            String shared = sharedPattern(lib);
            String pause = releasesOnItsOwnThread(lib) ? "50" : "0";
            ChildJvm.Result run = jvm.run(client, shared, "--url", server.url(), "--trust-pem", pem.toString(),
                    "--requests", "3", "--pause-ms", pause);
            Scenario.verifyClient(run, server, lib == null ? client : lib.agentName);
            List<String> foreign = foreignLines(run.stderr);
            if (lib == ClientLib.AWS) {
                foreign = withoutAwsSdksOwnLines(foreign);
            }
            assertEquals(List.of(), foreign, run::describe);
        }
    }

    /** The good pattern of each client's sample: most call it {@code shared}. */
    private static String sharedPattern(ClientLib lib) {
        if (lib == null) {
            return "shared";
        }
        return switch (lib) {
            case SPRING -> "rest-template-shared"; // Spring's patterns name the template they share
            case GOOGLE -> "net-shared"; // Google HTTP Client's name their transport
            case AWS -> "async-shared"; // the AWS SDK's name the client under the service client
            default -> "shared";
        };
    }

    /**
     * A client that hands a connection back to its pool on its own I/O thread after the response's future completed
     * (HttpClient 5 async, Vert.x, the AWS SDK's netty-nio-client): a request sent at once may open a second
     * connection ({@code pool-busy}); a short pause keeps the run to one.
     */
    private static boolean releasesOnItsOwnThread(ClientLib lib) {
        return lib == ClientLib.APACHE5_ASYNC || lib == ClientLib.VERTX || lib == ClientLib.AWS;
    }

    /**
     * What the AWS SDK's run prints without the agent too: slf4j-api's warning that no provider is on the class
     * path (the SDK logs through it), and on JDK 24 and later the JDK's warning that its Netty 4.1 uses
     * {@code sun.misc.Unsafe}'s memory methods (JEP 471).
     */
    private static List<String> withoutAwsSdksOwnLines(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("SLF4J(W): "))
                .filter(line -> !(line.startsWith("WARNING: ") && (line.contains("sun.misc.Unsafe")
                        || line.contains("io.netty.util.internal.PlatformDependent0")))).toList();
    }

    /** Lines on stderr that are neither an agent log line nor a line of its multi-line summary text. */
    static List<String> foreignLines(String stderr) {
        List<String> foreign = new ArrayList<>();
        for (String line : stderr.split("\\R")) {
            boolean agent = line.contains(" [reuse-agent] ") || line.startsWith("  ") || line.isEmpty();
            if (!agent) {
                foreign.add(line);
            }
        }
        return foreign;
    }
}
