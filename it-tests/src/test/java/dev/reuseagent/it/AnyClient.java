package dev.reuseagent.it;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Every client the agent recognises, with how a child JVM runs its sample patterns: the JDK's two clients from
 * sample-apps.jar, the libraries with exactly one version on the class path ({@link ClientLib}).
 */
enum AnyClient {
    URLCONNECTION("urlconnection", null),
    JDKHTTP("jdkhttp", null),
    OKHTTP4("okhttp", ClientLib.OKHTTP4),
    OKHTTP5("okhttp", ClientLib.OKHTTP5),
    APACHE5("apache5", ClientLib.APACHE5),
    APACHE4("apache4", ClientLib.APACHE4);

    /** The sample-apps subcommand and the agent's client name ({@code via <client>}). */
    final String agentName;
    private final ClientLib lib;

    AnyClient(String agentName, ClientLib lib) {
        this.agentName = agentName;
        this.lib = lib;
    }

    /** A child JVM for this client on {@code jdk}, named for the scenario. */
    ChildJvm jvm(Jdk jdk, String scenario) {
        ChildJvm jvm = new ChildJvm(jdk, scenario + "-" + name().toLowerCase(java.util.Locale.ROOT));
        return lib == null ? jvm : jvm.client(lib);
    }

    /** The sample's arguments: {@code <client> <pattern> --url <url>} and {@code extra}. */
    String[] args(String pattern, String url, String... extra) {
        List<String> args = new ArrayList<>(List.of(agentName, pattern, "--url", url));
        args.addAll(List.of(extra));
        return args.toArray(new String[0]);
    }

    /** Every JDK of the matrix with every client. */
    static Stream<Arguments> matrix() {
        return Jdk.matrix().stream().flatMap(jdk -> Stream.of(values()).map(client -> Arguments.of(jdk, client)));
    }
}
