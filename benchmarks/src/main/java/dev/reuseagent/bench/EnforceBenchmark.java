package dev.reuseagent.bench;

import dev.reuseagent.bench.enforce.CostSplit;
import dev.reuseagent.bench.enforce.EnforceClient;
import dev.reuseagent.bench.enforce.EnforceConfig;
import dev.reuseagent.bench.enforce.EnforceReport;
import dev.reuseagent.bench.enforce.HttpsLoopbackServer;
import dev.reuseagent.bench.enforce.LoopbackTls;
import dev.reuseagent.bench.enforce.SampleLauncher;
import dev.reuseagent.bench.enforce.SampleRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Enforcement, measured: a batch job of N sequential HTTPS GETs to a loopback server (keep-alive, small body), for
 * each client, as three sample JVMs side by side: the client-per-request job without the agent, the same job with
 * {@code -javaagent:reuse-agent.jar=enforce=all}, and the shared-client job without the agent. Rounds interleave
 * them (every client's three jobs per round, their order rotated round by round) after warm-up rounds, so a slow
 * spell of the machine hits all three alike. The metric is the sample's own {@code sample: elapsed-ms} (JVM start
 * excluded: enforcement is about the job, and the agent's start-up cost is measured by {@link StartupBenchmark});
 * the server's count of accepted connections shows whether enforcement really reused them. Prints medians, the
 * speed-up and the ratio to the shared job against the goals (&ge; 5x, &le; 1.3x), a markdown table, and writes
 * {@code benchmarks/target/enforce-result.json}. Each job is also run with one request right after it
 * ({@link CostSplit}: first request versus cost per further request; {@code -Dbench.split=off} skips it).
 *
 * <p>Settings ({@code -D}): {@code bench.clients} (okhttp5,okhttp4,apache5,apache4,jdkhttp), {@code bench.warmup}
 * (rounds, 1), {@code bench.bodyBytes} (1024), {@code bench.agentOptions} (enforce=all), {@code bench.badPattern}
 * / {@code bench.sharedPattern} (client-per-request / shared), {@code bench.java}, {@code bench.jvmArgs} (the
 * samples'), {@code bench.timeout} (seconds per sample, 300), {@code bench.out}, {@code reuse.agent.jar}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.reuseagent.bench.EnforceBenchmark [runs [requests]]</pre>
 */
public final class EnforceBenchmark {

    private EnforceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("bench.runs", "5"));
        int requests = Integer.parseInt(args.length > 1 ? args[1] : System.getProperty("bench.requests", "200"));
        int warmup = Integer.getInteger("bench.warmup", 1);
        int bodyBytes = Integer.getInteger("bench.bodyBytes", 1024);
        String agentOptions = System.getProperty("bench.agentOptions", "enforce=all");
        boolean split = !"off".equals(System.getProperty("bench.split", "on")) && requests > 1;
        List<EnforceClient> clients = EnforceClient.parse(System.getProperty("bench.clients"));
        Path agentJar = BenchPaths.resolveAgentJar(new String[0]);
        if (agentJar == null) {
            System.exit(2);
            return;
        }
        Path root = BenchPaths.repositoryRoot(agentJar);
        Path sampleAppsJar = root.resolve(Path.of("sample-apps", "target", "sample-apps.jar"));
        if (!Files.isRegularFile(sampleAppsJar)) {
            System.err.println(sampleAppsJar + " not found: build first, from the repository root: "
                    + "mvn -B -q package -DskipTests");
            System.exit(2);
            return;
        }
        for (EnforceClient client : clients) {
            client.classpath(sampleAppsJar, root); // fail now, with the build command, not in the first sample
        }
        Path work = BenchPaths.inTarget("enforce-runs");
        String java = javaCommand();
        List<String> jvmArgs = splitArgs(System.getProperty("bench.jvmArgs", ""));
        Path out = Path.of(System.getProperty("bench.out", BenchPaths.inTarget("enforce-result.json").toString()));

        clearOutputs(work);
        LoopbackTls tls = LoopbackTls.create(work.resolve("tls"));
        try (HttpsLoopbackServer server = HttpsLoopbackServer.start(tls.serverContext(), bodyBytes)) {
            SampleLauncher launcher = new SampleLauncher(java, jvmArgs, sampleAppsJar, agentJar, agentOptions, root,
                    work, server, tls.trustPem(), Long.getLong("bench.timeout", 300));
            System.out.printf(Locale.ROOT, "reuse-agent enforcement benchmark: %d request(s) per job, %d measured "
                    + "round(s) after %d warm-up round(s); per round each client's three jobs back to back, their "
                    + "order rotated each round%s%n", requests, runs, warmup,
                    split ? ", each followed by the same job with 1 request (where the time goes)" : "");
            System.out.printf(Locale.ROOT, "  server %s (HTTPS/1.1, keep-alive, %d-byte body, EC P-256 certificate "
                    + "made by keytool); java %s, JVM arguments %s%n", server.url(), bodyBytes, java,
                    jvmArgs.isEmpty() ? "(none)" : jvmArgs);
            System.out.printf(Locale.ROOT, "  agent %s, options '%s'; clients %s%n", agentJar, agentOptions,
                    clients.stream().map(c -> c.id).toList());
            System.out.printf(Locale.ROOT, "  sample example: %s%n",
                    String.join(" ", launcher.command(clients.get(0), EnforceConfig.ENFORCE, requests)));

            Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> measured = emptyResults(clients);
            Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> oneRequest = emptyResults(clients);
            long started = System.nanoTime();
            for (int round = 0; round < warmup + runs; round++) {
                boolean warm = round < warmup;
                String tag = warm ? "warmup" + (round + 1) : "run" + (round - warmup + 1);
                for (EnforceClient client : clients) {
                    for (EnforceConfig config : rotated(List.of(EnforceConfig.values()), round)) {
                        SampleRun run = launcher.run(client, config, requests, tag);
                        // right after its N-request twin, so both see the machine in the same state
                        SampleRun first = split ? launcher.run(client, config, 1, tag + "-1req") : null;
                        if (!warm) {
                            measured.get(client).get(config).add(run);
                            if (first != null) {
                                oneRequest.get(client).get(config).add(first);
                            }
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "  %s %d/%d done (%.0f s)%n", warm ? "warm-up round" : "measured round",
                        warm ? round + 1 : round - warmup + 1, warm ? warmup : runs,
                        (System.nanoTime() - started) / 1e9);
            }

            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("runs", runs);
            settings.put("warmupRounds", warmup);
            settings.put("requests", requests);
            settings.put("bodyBytes", bodyBytes);
            settings.put("java", java);
            settings.put("benchmarkJavaVersion", System.getProperty("java.version"));
            settings.put("jvmArgs", jvmArgs);
            settings.put("agentJar", agentJar.toString());
            settings.put("agentOptions", agentOptions);
            settings.put("sampleAppsJar", sampleAppsJar.toString());
            settings.put("server", "in the benchmark's JVM: SSLServerSocket on 127.0.0.1, one thread per connection, "
                    + "HTTP/1.1 keep-alive, Content-Length");
            settings.put("elapsed", "sample: elapsed-ms printed by the sample (first request to last)");
            settings.put("wall", "parent System.nanoTime from process start to exit seen by the parent");
            settings.put("oneRequestJobs", split ? "each job also run with --requests 1 right after it; "
                    + "per further request = (median(N) - median(1)) / (N - 1)" : null);
            settings.put("interleaving", "per round: each client's three jobs back to back, order rotated each round");
            settings.put("note", "smoke numbers unless taken on a quiet machine");
            EnforceReport report = new EnforceReport(clients, measured,
                    split ? new CostSplit(clients, measured, oneRequest, requests) : null, settings);
            System.out.print(report.text());
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report.json(), StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%nJSON result: %s (sample output and logs: %s)%n", out, work);
        }
    }

    /** Last time's sample outputs would sit among this run's under the same names and confuse a reader. */
    private static void clearOutputs(Path work) throws IOException {
        if (!Files.isDirectory(work)) {
            return;
        }
        try (Stream<Path> files = Files.list(work)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && (name.endsWith(".out") || name.endsWith(".err"))) {
                    Files.delete(p);
                }
            }
        }
    }

    /** -Dbench.java: a java executable or a JDK home (as for the start-up benchmark); default: this JVM's. */
    private static String javaCommand() {
        String configured = System.getProperty("bench.java");
        Path home = Path.of(System.getProperty("java.home"));
        if (configured != null) {
            Path p = Path.of(configured);
            if (!Files.isDirectory(p)) {
                return p.toAbsolutePath().toString();
            }
            home = p;
        }
        return home.resolve("bin").resolve("java").toString();
    }

    private static Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> emptyResults(List<EnforceClient> clients) {
        Map<EnforceClient, Map<EnforceConfig, List<SampleRun>>> results = new LinkedHashMap<>();
        for (EnforceClient client : clients) {
            Map<EnforceConfig, List<SampleRun>> byConfig = new EnumMap<>(EnforceConfig.class);
            for (EnforceConfig config : EnforceConfig.values()) {
                byConfig.put(config, new ArrayList<>());
            }
            results.put(client, byConfig);
        }
        return results;
    }

    private static <T> List<T> rotated(List<T> list, int by) {
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get((i + by) % list.size()));
        }
        return out;
    }

    private static List<String> splitArgs(String s) {
        String trimmed = s.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }
}
