package dev.reuseagent.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * docs/contracts.md §9, reused-request hot path: runs {@link ReuseBenchmark} with JMH in this process for every
 * client ({@link BenchClient}; {@code -Dbench.clients=okhttp5,apache5} to choose), interleaved without / with the
 * agent ({@code -javaagent:reuse-agent.jar}, default options) for several rounds, with the GC profiler, and prints
 * throughput, allocation and CPU time per operation, and the with/without ratios per client (target >= 0.97).
 * {@code -Dbench.variants=default,onecpu,threads8} ({@link Variant}) runs it that way once per variant: as the
 * docs/contracts.md §9 target is measured, with the whole fork on one CPU, and with 8 client threads on a pool of 8.
 *
 * <p>Agent jar: {@code -Dreuse.agent.jar=path}, else the first argument, else {@code ../agent/target/reuse-agent.jar}
 * or {@code agent/target/reuse-agent.jar} relative to the working directory (or next to this jar's module).
 *
 * <p>Settings (system properties; {@code bench.<variant>.<name>} overrides {@code bench.<name>} for one variant):
 * {@code bench.variants} (default), {@code bench.warmup} (8; onecpu 15), {@code bench.warmupTime} (2s),
 * {@code bench.iterations} (10), {@code bench.time} (1s), {@code bench.rounds} (4; onecpu and threads8 3),
 * {@code bench.forks} (1), {@code bench.jvmArgs} (space separated fork JVM arguments, default "-Xms512m -Xmx512m"),
 * {@code bench.cpus} (off; auto: forks pinned to the last allowed CPU with taskset; or a taskset CPU list; not for
 * onecpu, which takes {@code bench.onecpu.cpus}, default 1), {@code bench.serverThreads} (0: handler on the
 * server's dispatcher thread; N: fixed pool; threads8 8), {@code bench.profile} (on), {@code bench.profilePeriod}
 * (1ms), {@code bench.jitLog} (off: on writes each measured fork's PrintCompilation/PrintInlining output to
 * target/jit/), {@code bench.out} (JSON result, default target/hot-path-result.json of this module).
 *
 * <p>The work is split by concern: {@link Variant} and {@link RunSettings} (what to run), {@link RunLoop} (the JMH
 * runs), {@link RoundResult}/{@link Summary}/{@link ClientResult}/{@link Stats} (numbers), {@link ReportText} and
 * {@link ResultJson} (output), {@link BenchPaths} and {@link ForkLauncher} (files and fork launch).
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
        List<Variant> variants = Variant.parse(System.getProperty("bench.variants", "default"));
        Path root = BenchPaths.repositoryRoot(agentJar);
        // all settings first: a variant that cannot run (onecpu without taskset) fails before an hour of runs
        List<RunSettings> allSettings;
        try {
            allSettings = variants.stream().map(RunSettings::of).toList();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("reuse-agent hot-path benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean onlyDefault = variants.equals(List.of(Variant.DEFAULT));

        Path out = BenchPaths.resolveOutput();
        System.out.printf(Locale.ROOT, "reuse-agent hot-path benchmark: agent %s%n", agentJar);
        System.out.printf(Locale.ROOT, "  clients: %s%n", clients.stream().map(c -> c.id).toList());
        for (RunSettings settings : allSettings) {
            if (!onlyDefault) {
                System.out.printf(Locale.ROOT, "  variant %s: %s%n", settings.variant.id,
                        settings.variant.description);
            }
            System.out.printf(Locale.ROOT,
                    "  %d round(s) x (without, with) per client; per run: forks=%d, warmup %dx%s, measurement %dx%s, "
                            + "fork args %s%n",
                    settings.rounds, settings.forks, settings.warmup, settings.warmupTime, settings.iterations,
                    settings.time, settings.forkJvmArgs());
            System.out.printf(Locale.ROOT, "  %s; server handler threads: %s%s%n", settings.launcher.describe(),
                    settings.serverThreads == 0 ? "dispatcher thread" : settings.serverThreads,
                    settings.jitLog ? "; JIT logs in " + BenchPaths.inTarget("jit") : "");
        }
        System.out.println();

        String baseClasspath = System.getProperty("java.class.path");
        Map<RunSettings, List<ClientResult>> runs = new LinkedHashMap<>();
        for (RunSettings settings : allSettings) {
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
            runs.put(settings, results);
        }

        System.out.println();
        for (Map.Entry<RunSettings, List<ClientResult>> run : runs.entrySet()) {
            if (!onlyDefault) {
                Variant v = run.getKey().variant;
                System.out.printf(Locale.ROOT, "%n===== variant %s: %s =====%n", v.id, v.description);
            }
            System.out.print(ReportText.of(run.getKey(), run.getValue()));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, ResultJson.of(agentJar, runs), StandardCharsets.UTF_8);
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
