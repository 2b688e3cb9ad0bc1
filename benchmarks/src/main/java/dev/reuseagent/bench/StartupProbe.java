package dev.reuseagent.bench;

import dev.reuseagent.bench.startup.ClientProbe;

/**
 * The applications whose start-up {@link StartupBenchmark} measures, one per argument:
 * <ul>
 *   <li>{@code none}: makes no network call: prints one line and exits;</li>
 *   <li>{@code urlconnection} (the default): starts a loopback server, makes one HttpURLConnection request, exits;</li>
 *   <li>{@code all}: starts a loopback server, makes one request through each of the six clients in turn
 *       (urlconnection, jdkhttp, okhttp4, okhttp5, apache4, apache5), each library in its own class loader, exits.</li>
 * </ul>
 * The network probes print, per client, the in-process latency of its first request (see
 * {@code startup.ProbeOutput}). They find the client libraries under {@code -Dbench.root} (the repository root,
 * client-libs/&lt;v&gt;/target/lib). {@code none} loads nothing beyond this class: {@code ClientProbe} is only
 * loaded by the branches that call it.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String probe = args.length > 0 ? args[0] : "urlconnection";
        switch (probe) {
            case "none":
                // no string concatenation here: it would bootstrap invokedynamic for a "no network" JVM
                System.out.print("startup-probe done probe=none java=");
                System.out.println(System.getProperty("java.version"));
                break;
            case "urlconnection":
                ClientProbe.run(probe, new String[] {"urlconnection"});
                break;
            case "all":
                ClientProbe.run(probe, new String[] {"urlconnection", "jdkhttp", "okhttp4", "okhttp5", "apache4",
                    "apache5"});
                break;
            default:
                System.err.println("usage: StartupProbe none|urlconnection|all");
                System.exit(2);
        }
    }
}
