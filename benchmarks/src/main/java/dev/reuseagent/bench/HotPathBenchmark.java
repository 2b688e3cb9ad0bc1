package dev.reuseagent.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * DESIGN.md section 9, reused-request hot path: runs {@link ReuseBenchmark} with JMH in this process for every
 * client ({@link BenchClient}; {@code -Dbench.clients=okhttp5,apache5} to choose), interleaved without / with the
 * agent ({@code -javaagent:reuse-agent.jar}, default options) for several rounds, with the GC profiler, and prints
 * throughput, allocation and CPU time per operation, and the with/without ratios per client (target >= 0.97).
 *
 * <p>Agent jar: {@code -Dreuse.agent.jar=path}, else the first argument, else {@code ../agent/target/reuse-agent.jar}
 * or {@code agent/target/reuse-agent.jar} relative to the working directory (or next to this jar's module).
 *
 * <p>Settings (system properties): {@code bench.warmup} (8), {@code bench.warmupTime} (2s),
 * {@code bench.iterations} (10), {@code bench.time} (1s), {@code bench.rounds} (4), {@code bench.forks} (1),
 * {@code bench.jvmArgs} (space separated fork JVM arguments, default "-Xms512m -Xmx512m"),
 * {@code bench.cpus} (off; auto: forks pinned to the last allowed CPU with taskset; or a taskset CPU list),
 * {@code bench.serverThreads} (0: handler on the server's dispatcher thread; N: fixed pool),
 * {@code bench.out} (JSON result, default target/hot-path-result.json of this module).
 *
 * <p>The work is split by concern: {@link RunSettings} (properties), {@link RunLoop} (the JMH runs),
 * {@link RoundResult}/{@link Summary}/{@link ClientResult}/{@link Stats} (numbers), {@link ReportText} and
 * {@link ResultJson} (output), {@link BenchPaths} and {@link ForkPinning} (files and fork launch).
 */
public final class HotPathBenchmark {

    private HotPathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path agentJar = resolveAgentJar(args);
        if (agentJar == null) {
            System.exit(2);
            return;
        }
        warnAboutHostAgents();
        List<BenchClient> clients = BenchClient.parse(System.getProperty("bench.clients", "all"));
        Path root = BenchPaths.repositoryRoot(agentJar);

        RunSettings settings = RunSettings.fromSystemProperties();
        Path out = BenchPaths.resolveOutput();
        System.out.printf(Locale.ROOT, "reuse-agent hot-path benchmark: agent %s%n", agentJar);
        System.out.printf(Locale.ROOT, "  clients: %s%n", clients.stream().map(c -> c.id).toList());
        System.out.printf(Locale.ROOT,
                "  %d round(s) x (without, with) per client; per run: forks=%d, warmup %dx%s, measurement %dx%s, "
                        + "fork args %s%n",
                settings.rounds, settings.forks, settings.warmup, settings.warmupTime, settings.iterations,
                settings.time, Arrays.toString(settings.jvmArgs));
        System.out.printf(Locale.ROOT, "  %s; server handler threads: %s%n%n", settings.pinning.describe(),
                settings.serverThreads == 0 ? "dispatcher thread" : settings.serverThreads);

        String baseClasspath = System.getProperty("java.class.path");
        RunLoop loop = new RunLoop(settings, agentJar);
        List<ClientResult> results = new ArrayList<>();
        for (BenchClient client : clients) {
            System.setProperty("java.class.path", BenchPaths.forkClasspath(baseClasspath, client, root));
            try {
                results.add(loop.measure(client));
            } finally {
                System.setProperty("java.class.path", baseClasspath);
            }
        }

        System.out.println();
        System.out.print(ReportText.of(settings, results));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, ResultJson.of(agentJar, settings, results), StandardCharsets.UTF_8);
        System.out.println("  result written to " + out);
    }

    /**
     * The agent jar (see the class comment), or null after printing what was tried. Public and kept here because
     * {@link StartupBenchmark} calls it too.
     */
    public static Path resolveAgentJar(String[] args) {
        return BenchPaths.resolveAgentJar(args);
    }

    private static void warnAboutHostAgents() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-javaagent") || arg.startsWith("-agentlib") || arg.startsWith("-agentpath")) {
                System.err.println("warning: this (host) JVM runs with " + arg + "; the forks do not inherit it "
                        + "(their JVM arguments come from -Dbench.jvmArgs), but it still competes for the CPUs");
            }
        }
    }
}
