package dev.reuseagent.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;

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
 */
public final class HotPathBenchmark {

    static final double TARGET_RATIO = 0.97;
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";
    private static final double CONFIDENCE = 0.999;
    /** Aux counters of {@link ReuseBenchmark.ClientCounters}. */
    private static final String CLIENT_ALLOC_BYTES = "clientAllocBytes";
    private static final String CLIENT_CPU = "clientCpuNanos";
    private static final String PROCESS_CPU = "processCpuNanos";
    private static final String CLIENT_OPS = "clientOps";

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
        Path root = agentJar.getParent().getParent().getParent(); // <root>/agent/target/reuse-agent.jar

        Settings settings = Settings.fromSystemProperties();
        Path out = resolveOutput();
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
        List<ClientResult> results = new ArrayList<>();
        for (BenchClient client : clients) {
            // JMH gives its forks this JVM's java.class.path: the client's jars join it for this client's runs only.
            StringBuilder classpath = new StringBuilder(baseClasspath);
            for (Path jar : client.jars(root)) {
                classpath.append(java.io.File.pathSeparator).append(jar);
            }
            System.setProperty("java.class.path", classpath.toString());
            try {
                results.add(measure(client, settings, "-javaagent:" + agentJar));
            } finally {
                System.setProperty("java.class.path", baseClasspath);
            }
        }

        StringBuilder text = new StringBuilder();
        for (ClientResult r : results) {
            text.append(r.describe());
        }
        text.append(String.format(Locale.ROOT, "%nratio with/without agent per client (target >= %.2f):%n",
                TARGET_RATIO));
        for (ClientResult r : results) {
            text.append(String.format(Locale.ROOT, "  %-14s %.3f ± %.3f  rounds %s  client-thread alloc %s B/op  %s%n",
                    r.client.id, r.ratio, r.ratioError, r.roundRatios(), signed(r.clientAllocDiff),
                    r.meetsTarget() ? "met" : "NOT met"));
        }
        text.append(String.format(Locale.ROOT,
                "%nCPU per request, ratio without/with agent per client (all threads of the fork; target >= %.2f):%n",
                TARGET_RATIO));
        for (ClientResult r : results) {
            text.append(String.format(Locale.ROOT, "  %-14s %.3f ± %.3f  rounds %s  (%s us -> %s us)  %s%n",
                    r.client.id, r.cpuRatio, r.cpuRatioError, r.roundCpuRatios(), fmt3(r.w.cpuMean),
                    fmt3(r.a.cpuMean), r.cpuMeetsTarget() ? "met" : "NOT met"));
        }
        text.append("  (± is the ").append(CONFIDENCE * 100).append("% confidence interval over all measurement "
                + "iterations of all rounds, propagated to the ratio)\n");
        if (settings.profile) {
            text.append(String.format(Locale.ROOT,
                    "%nagent code's share of the JFR execution samples of all threads (a separate run with the agent, "
                            + "sampling every %s):%n", settings.profilePeriod));
            for (ClientResult r : results) {
                text.append(String.format(Locale.ROOT, "  %-14s %s%n", r.client.id,
                        r.profile == null ? "not measured" : r.profile.describe()));
            }
        }
        text.append("  ").append(settings.pinning.describe()).append('\n');
        System.out.println();
        System.out.print(text);

        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(agentJar, settings, results), StandardCharsets.UTF_8);
        System.out.println("  result written to " + out);
    }

    /** Rounds of (without, with) runs of one client, interleaved so that drift hits both sides alike. */
    private static ClientResult measure(BenchClient client, Settings settings, String agentArg)
            throws RunnerException {
        List<RoundResult> without = new ArrayList<>();
        List<RoundResult> with = new ArrayList<>();
        for (int round = 1; round <= settings.rounds; round++) {
            for (boolean agent : new boolean[] {false, true}) {
                System.out.printf(Locale.ROOT, "%n=== %s, round %d/%d: %s agent ===%n", client.id, round,
                        settings.rounds, agent ? "WITH" : "WITHOUT");
                ChainedOptionsBuilder options = baseOptions(client, settings)
                        .measurementIterations(settings.iterations)
                        .addProfiler(GCProfiler.class);
                if (agent) {
                    options.jvmArgsAppend(agentArg);
                }
                RoundResult result = run(options.build(), round);
                (agent ? with : without).add(result);
            }
        }
        AgentShareProfile profile = settings.profile ? profile(client, settings, agentArg) : null;
        return new ClientResult(client, without, with, profile);
    }

    /**
     * One more run with the agent, under Java Flight Recorder (not measured: JFR has its own cost), to read the
     * agent's share of the samples. Sampling starts when the warm-up is half done.
     */
    private static AgentShareProfile profile(BenchClient client, Settings settings, String agentArg)
            throws RunnerException {
        System.out.printf(Locale.ROOT, "%n=== %s: WITH agent, under JFR (agent's share of the CPU samples) ===%n",
                client.id);
        Path recording;
        try {
            recording = Files.createTempFile("reuse-agent-bench-" + client.id + "-", ".jfr");
        } catch (IOException e) {
            System.err.println("warning: no temporary file for the JFR recording (" + e.getMessage()
                    + "); agent share not measured");
            return null;
        }
        long delaySeconds = Math.max(1, settings.warmup * TimeValue.fromString(settings.warmupTime)
                .convertTo(TimeUnit.SECONDS) / 2);
        ChainedOptionsBuilder options = baseOptions(client, settings)
                .measurementIterations(settings.iterations)
                .jvmArgsAppend(agentArg, "-XX:StartFlightRecording=delay=" + delaySeconds + "s,dumponexit=true,"
                        + "filename=" + recording + ",jdk.ExecutionSample#period=" + settings.profilePeriod);
        new Runner(options.build()).run();
        try {
            AgentShareProfile profile = AgentShareProfile.read(recording);
            Files.deleteIfExists(recording);
            return profile;
        } catch (IOException e) {
            System.err.println("warning: cannot read the JFR recording " + recording + " (" + e.getMessage()
                    + "); agent share not measured");
            return null;
        }
    }

    /** What every run of {@code client} has in common. */
    private static ChainedOptionsBuilder baseOptions(BenchClient client, Settings settings) {
        String benchmark = ReuseBenchmark.class.getName() + ".get";
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(1)
                .forks(settings.forks)
                .warmupIterations(settings.warmup)
                .warmupTime(TimeValue.fromString(settings.warmupTime))
                .measurementTime(TimeValue.fromString(settings.time))
                .shouldFailOnError(true)
                .param("serverThreads", String.valueOf(settings.serverThreads))
                .param("getter", client.getterClass)
                .jvmArgs(settings.jvmArgs);
        if (settings.pinning.jvm != null) {
            options.jvm(settings.pinning.jvm.toString());
        }
        return options;
    }

    /** The run settings, from system properties (see the class comment). */
    static final class Settings {
        final int warmup = Integer.getInteger("bench.warmup", 8);
        final int iterations = Integer.getInteger("bench.iterations", 10);
        final String time = System.getProperty("bench.time", "1s");
        final String warmupTime = System.getProperty("bench.warmupTime", "2s");
        final int rounds = Integer.getInteger("bench.rounds", 4);
        final int serverThreads = Integer.getInteger("bench.serverThreads", 0);
        final Pinning pinning = Pinning.create(System.getProperty("bench.cpus", "off"));
        final int forks = Integer.getInteger("bench.forks", 1);
        final String[] jvmArgs = splitArgs(System.getProperty("bench.jvmArgs", "-Xms512m -Xmx512m"));
        final boolean profile = !"off".equalsIgnoreCase(System.getProperty("bench.profile", "on"));
        final String profilePeriod = System.getProperty("bench.profilePeriod", "1ms");

        static Settings fromSystemProperties() {
            return new Settings();
        }
    }

    /** Without/with results of one client and what is derived from them. */
    static final class ClientResult {
        final BenchClient client;
        final List<RoundResult> without;
        final List<RoundResult> with;
        final Summary w;
        final Summary a;
        final double ratio;
        final double ratioError;
        final double allocDiff;
        final double clientAllocDiff;
        /** CPU per request without / with: the throughput ratio the agent's CPU cost alone allows. */
        final double cpuRatio;
        final double cpuRatioError;

        /** The agent's share of the CPU samples of a profiled run with it; null when not measured. */
        final AgentShareProfile profile;

        ClientResult(BenchClient client, List<RoundResult> without, List<RoundResult> with, AgentShareProfile profile) {
            this.client = client;
            this.profile = profile;
            this.without = without;
            this.with = with;
            this.w = Summary.of(without);
            this.a = Summary.of(with);
            this.ratio = a.opsMean / w.opsMean;
            this.ratioError = ratio * Math.sqrt(sq(a.opsError / a.opsMean) + sq(w.opsError / w.opsMean));
            this.allocDiff = a.allocMean - w.allocMean;
            this.clientAllocDiff = a.clientAllocMean - w.clientAllocMean;
            this.cpuRatio = w.cpuMean / a.cpuMean;
            this.cpuRatioError = cpuRatio * Math.sqrt(sq(a.cpuError / a.cpuMean) + sq(w.cpuError / w.cpuMean));
        }

        boolean meetsTarget() {
            return ratio >= TARGET_RATIO;
        }

        boolean cpuMeetsTarget() {
            return cpuRatio >= TARGET_RATIO;
        }

        /** Throughput ratio with/without of each round, e.g. "1.001/0.985/0.984". */
        String roundRatios() {
            return perRound((w, a) -> a.opsScore / w.opsScore);
        }

        /** CPU-per-request ratio without/with of each round. */
        String roundCpuRatios() {
            return perRound((w, a) -> w.cpuScore / a.cpuScore);
        }

        private String perRound(ToDoubleBiFunction<RoundResult, RoundResult> ratio) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < without.size(); i++) {
                b.append(i == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.3f",
                        ratio.applyAsDouble(without.get(i), with.get(i))));
            }
            return b.toString();
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%n%s, reused keep-alive connection, loopback%n", client.description));
            text.append(String.format(Locale.ROOT, "  without agent: %s ops/s   alloc %s B/op%n",
                    pm(w.opsMean, w.opsError), fmt1(w.allocMean)));
            text.append(String.format(Locale.ROOT, "  with agent:    %s ops/s   alloc %s B/op%n",
                    pm(a.opsMean, a.opsError), fmt1(a.allocMean)));
            text.append(String.format(Locale.ROOT,
                    "  ratio with/without: %.3f (target >= %.2f: %s)   alloc difference: %s B/op%n",
                    ratio, TARGET_RATIO, meetsTarget() ? "met" : "NOT met", signed(allocDiff)));
            text.append(String.format(Locale.ROOT,
                    "  CPU per request (all threads of the fork): without %s us, with %s us; ratio without/with "
                            + "%.3f ± %.3f (target >= %.2f: %s)%n",
                    pm3(w.cpuMean, w.cpuError), pm3(a.cpuMean, a.cpuError), cpuRatio, cpuRatioError, TARGET_RATIO,
                    cpuMeetsTarget() ? "met" : "NOT met"));
            text.append(String.format(Locale.ROOT,
                    "  CPU per request, client thread only: without %s us, with %s us%n",
                    pm3(w.clientCpuMean, w.clientCpuError), pm3(a.clientCpuMean, a.clientCpuError)));
            if (profile != null) {
                text.append("  agent code in JFR execution samples (a separate run with the agent): ")
                        .append(profile.describe()).append("; most seen: ").append(profile.topMethods(5))
                        .append('\n');
            }
            text.append(String.format(Locale.ROOT,
                    "  client thread only (where the agent's advice runs): without %s B/op, with %s B/op, "
                            + "difference %s B/op%n",
                    fmt1(w.clientAllocMean), fmt1(a.clientAllocMean), signed(clientAllocDiff)));
            for (int i = 0; i < without.size(); i++) {
                RoundResult r0 = without.get(i);
                RoundResult r1 = with.get(i);
                text.append(String.format(Locale.ROOT,
                        "    round %d: without %s ops/s alloc %s B/op (client %s) cpu %s us | with %s ops/s alloc %s "
                                + "B/op (client %s) cpu %s us | ratio %.3f, cpu ratio %.3f%n",
                        i + 1, pm(r0.opsScore, r0.opsError), fmt1(r0.allocScore), fmt1(r0.clientAllocScore),
                        fmt3(r0.cpuScore), pm(r1.opsScore, r1.opsError), fmt1(r1.allocScore),
                        fmt1(r1.clientAllocScore), fmt3(r1.cpuScore), r1.opsScore / r0.opsScore,
                        r0.cpuScore / r1.cpuScore));
            }
            return text.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static RoundResult run(Options options, int round) throws RunnerException {
        Collection<RunResult> results = new Runner(options).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one benchmark result, got " + results.size());
        }
        RunResult rr = results.iterator().next();
        List<Double> ops = new ArrayList<>();
        List<Double> alloc = new ArrayList<>();
        List<Double> clientAlloc = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> clientCpu = new ArrayList<>();
        double clientBytes = 0;
        double clientOps = 0;
        double cpuNanos = 0;
        double clientCpuNanos = 0;
        for (BenchmarkResult br : rr.getBenchmarkResults()) {
            for (IterationResult ir : br.getIterationResults()) {
                ops.add(ir.getPrimaryResult().getScore());
                Map<String, Result> secondary = ir.getSecondaryResults();
                Result<?> a = findAlloc(secondary);
                if (a != null) {
                    alloc.add(a.getScore());
                }
                Result<?> bytes = secondary.get(CLIENT_ALLOC_BYTES);
                Result<?> count = secondary.get(CLIENT_OPS);
                if (bytes != null && count != null && count.getScore() > 0) {
                    clientAlloc.add(bytes.getScore() / count.getScore());
                    clientBytes += bytes.getScore();
                    clientOps += count.getScore();
                    Result<?> processNanos = secondary.get(PROCESS_CPU);
                    Result<?> threadNanos = secondary.get(CLIENT_CPU);
                    if (processNanos != null && threadNanos != null) {
                        cpu.add(processNanos.getScore() / count.getScore() / 1000.0);
                        clientCpu.add(threadNanos.getScore() / count.getScore() / 1000.0);
                        cpuNanos += processNanos.getScore();
                        clientCpuNanos += threadNanos.getScore();
                    }
                }
            }
        }
        Result<?> allocAggregate = findAlloc(rr.getSecondaryResults());
        double allocScore = allocAggregate != null ? allocAggregate.getScore() : Double.NaN;
        if (alloc.isEmpty() && allocAggregate != null) {
            alloc.add(allocScore);
        }
        Result<?> primary = rr.getPrimaryResult();
        return new RoundResult(round, primary.getScore(), primary.getScoreError(), allocScore,
                clientOps > 0 ? clientBytes / clientOps : Double.NaN,
                clientOps > 0 && !cpu.isEmpty() ? cpuNanos / clientOps / 1000.0 : Double.NaN,
                clientOps > 0 && !cpu.isEmpty() ? clientCpuNanos / clientOps / 1000.0 : Double.NaN,
                ops, alloc, clientAlloc, cpu, clientCpu);
    }

    private static Result<?> findAlloc(Map<String, Result> secondary) {
        for (Map.Entry<String, Result> e : secondary.entrySet()) {
            // JMH labels it "gc.alloc.rate.norm" (older versions prefix a middle dot)
            if (e.getKey().endsWith(ALLOC_NORM)) {
                return e.getValue();
            }
        }
        return null;
    }

    static final class RoundResult {
        final int round;
        final double opsScore;
        final double opsError;
        final double allocScore;
        final double clientAllocScore;
        /** CPU microseconds per request: all threads of the fork, and the client thread alone. */
        final double cpuScore;
        final double clientCpuScore;
        final List<Double> opsIterations;
        final List<Double> allocIterations;
        final List<Double> clientAllocIterations;
        final List<Double> cpuIterations;
        final List<Double> clientCpuIterations;

        RoundResult(int round, double opsScore, double opsError, double allocScore, double clientAllocScore,
                double cpuScore, double clientCpuScore, List<Double> opsIterations, List<Double> allocIterations,
                List<Double> clientAllocIterations, List<Double> cpuIterations, List<Double> clientCpuIterations) {
            this.round = round;
            this.opsScore = opsScore;
            this.opsError = opsError;
            this.allocScore = allocScore;
            this.clientAllocScore = clientAllocScore;
            this.cpuScore = cpuScore;
            this.clientCpuScore = clientCpuScore;
            this.opsIterations = opsIterations;
            this.allocIterations = allocIterations;
            this.clientAllocIterations = clientAllocIterations;
            this.cpuIterations = cpuIterations;
            this.clientCpuIterations = clientCpuIterations;
        }
    }

    /** Pooled over the measurement iterations of all rounds of one configuration. */
    static final class Summary {
        final double opsMean;
        final double opsError;
        final double allocMean;
        final double allocError;
        final double clientAllocMean;
        final double clientAllocError;
        final double cpuMean;
        final double cpuError;
        final double clientCpuMean;
        final double clientCpuError;

        private Summary(ListStatistics ops, ListStatistics alloc, ListStatistics clientAlloc, ListStatistics cpu,
                ListStatistics clientCpu) {
            this.opsMean = mean(ops);
            this.opsError = error(ops);
            this.allocMean = mean(alloc);
            this.allocError = error(alloc);
            this.clientAllocMean = mean(clientAlloc);
            this.clientAllocError = error(clientAlloc);
            this.cpuMean = mean(cpu);
            this.cpuError = error(cpu);
            this.clientCpuMean = mean(clientCpu);
            this.clientCpuError = error(clientCpu);
        }

        static Summary of(List<RoundResult> rounds) {
            ListStatistics ops = new ListStatistics();
            ListStatistics alloc = new ListStatistics();
            ListStatistics clientAlloc = new ListStatistics();
            ListStatistics cpu = new ListStatistics();
            ListStatistics clientCpu = new ListStatistics();
            for (RoundResult r : rounds) {
                r.opsIterations.forEach(ops::addValue);
                r.allocIterations.forEach(alloc::addValue);
                r.clientAllocIterations.forEach(clientAlloc::addValue);
                r.cpuIterations.forEach(cpu::addValue);
                r.clientCpuIterations.forEach(clientCpu::addValue);
            }
            return new Summary(ops, alloc, clientAlloc, cpu, clientCpu);
        }

        private static double mean(ListStatistics s) {
            return s.getN() > 0 ? s.getMean() : Double.NaN;
        }

        private static double error(ListStatistics s) {
            return s.getN() > 2 ? s.getMeanErrorAt(CONFIDENCE) : Double.NaN;
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Optionally pins the forked JVMs to CPUs with {@code taskset} (through a small wrapper script used as JMH's fork
     * JVM). Off by default: on the 2-CPU development machine, one pinned CPU shared by client, server and JIT needed
     * 30 s and more to warm up and still swung by ±25 % per iteration, while unpinned forks were steady after 6 s
     * (measured 2026-11-25, see benchmarks/README.md). {@code -Dbench.cpus=LIST} picks the CPUs (taskset -c
     * syntax); "auto" takes the last allowed CPU on Linux.
     */
    static final class Pinning {
        final String cpus;
        final Path jvm;
        private final String note;

        private Pinning(String cpus, Path jvm, String note) {
            this.cpus = cpus;
            this.jvm = jvm;
            this.note = note;
        }

        String describe() {
            return jvm != null ? "forks pinned to CPU " + cpus + " with taskset (-Dbench.cpus=off to disable)"
                    : "forks not pinned (" + note + ")";
        }

        static Pinning create(String setting) {
            if ("off".equalsIgnoreCase(setting) || "none".equalsIgnoreCase(setting)) {
                return new Pinning(null, null, "-Dbench.cpus=off");
            }
            boolean auto = "auto".equalsIgnoreCase(setting);
            Path taskset = findExecutable("taskset");
            if (taskset == null) {
                return fallback(auto, "taskset not found");
            }
            String cpus = auto ? lastAllowedCpu() : setting;
            if (cpus == null) {
                return fallback(auto, "allowed CPUs unknown");
            }
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            try {
                Process probe = new ProcessBuilder(taskset.toString(), "-c", cpus, "true").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (probe.waitFor() != 0) {
                    return fallback(auto, "taskset -c " + cpus + " failed");
                }
                Path script = Files.createTempFile("reuse-agent-bench-java-", ".sh");
                script.toFile().deleteOnExit();
                Files.writeString(script, "#!/bin/sh\nexec " + shellQuote(taskset.toString()) + " -c "
                        + shellQuote(cpus) + " " + shellQuote(java.toString()) + " \"$@\"\n", StandardCharsets.UTF_8);
                if (!script.toFile().setExecutable(true)) {
                    return fallback(auto, "cannot make " + script + " executable");
                }
                return new Pinning(cpus, script, null);
            } catch (IOException e) {
                return fallback(auto, "taskset unusable: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fallback(auto, "interrupted");
            }
        }

        private static Pinning fallback(boolean auto, String why) {
            if (!auto) {
                System.err.println("warning: cannot pin the forks (" + why + "); running them unpinned");
            }
            return new Pinning(null, null, why);
        }

        private static String lastAllowedCpu() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Cpus_allowed_list:")) {
                        String list = line.substring(line.indexOf(':') + 1).trim();
                        String last = list.substring(list.lastIndexOf(',') + 1);
                        String cpu = last.substring(last.lastIndexOf('-') + 1).trim();
                        return cpu.matches("\\d+") ? cpu : null;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return null;
        }

        private static Path findExecutable(String name) {
            String path = System.getenv("PATH");
            if (path == null) {
                return null;
            }
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
            return null;
        }

        private static String shellQuote(String s) {
            return "'" + s.replace("'", "'\\''") + "'";
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static Path resolveAgentJar(String[] args) {
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty("reuse.agent.jar");
        if (explicit == null && args.length > 0 && !args[0].isBlank()) {
            explicit = args[0];
        }
        if (explicit != null) {
            candidates.add(Path.of(explicit));
        } else {
            candidates.add(Path.of("..", "agent", "target", "reuse-agent.jar"));
            candidates.add(Path.of("agent", "target", "reuse-agent.jar"));
            Path moduleTarget = ownTargetDir();
            if (moduleTarget != null && moduleTarget.getParent() != null && moduleTarget.getParent().getParent() != null) {
                candidates.add(moduleTarget.getParent().getParent().resolve(Path.of("agent", "target",
                        "reuse-agent.jar")));
            }
        }
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        System.err.println("reuse-agent hot-path benchmark: agent jar not found. Tried:");
        for (Path p : candidates) {
            System.err.println("  " + p.toAbsolutePath().normalize());
        }
        System.err.println("Build it first (from the repository root): mvn -B -q -pl agent,benchmarks -am package "
                + "-DskipTests");
        System.err.println("or name it: java -Dreuse.agent.jar=/path/to/reuse-agent.jar -jar benchmarks.jar "
                + "(or as the first argument)");
        return null;
    }

    /** target/ of this module: the directory of benchmarks.jar, or the parent of target/classes. */
    private static Path ownTargetDir() {
        try {
            Path location = Path.of(HotPathBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = location.toAbsolutePath().getParent();
            return parent; // benchmarks/target/benchmarks.jar -> target; benchmarks/target/classes -> target
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static Path resolveOutput() {
        String explicit = System.getProperty("bench.out");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path target = ownTargetDir();
        return target != null ? target.resolve("hot-path-result.json")
                : Path.of("benchmarks", "target", "hot-path-result.json");
    }

    private static void warnAboutHostAgents() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-javaagent") || arg.startsWith("-agentlib") || arg.startsWith("-agentpath")) {
                System.err.println("warning: this (host) JVM runs with " + arg + "; the forks do not inherit it "
                        + "(their JVM arguments come from -Dbench.jvmArgs), but it still competes for the CPUs");
            }
        }
    }

    private static String[] splitArgs(String s) {
        String trimmed = s.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static double sq(double d) {
        return d * d;
    }

    private static String pm(double score, double error) {
        return Double.isNaN(error) ? fmt1(score) : fmt1(score) + " ± " + fmt1(error);
    }

    private static String pm3(double score, double error) {
        return Double.isNaN(error) ? fmt3(score) : fmt3(score) + " ± " + fmt3(error);
    }

    private static String fmt3(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String fmt1(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String signed(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%+.1f", d);
    }

    private static String num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private static String numbers(List<Double> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(num(values.get(i)));
        }
        return b.append(']').toString();
    }

    private static String config(Summary s, List<RoundResult> rounds) {
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        b.append("    \"opsPerSecond\": ").append(num(s.opsMean)).append(",\n");
        b.append("    \"opsPerSecondError\": ").append(num(s.opsError)).append(",\n");
        b.append("    \"allocBytesPerOp\": ").append(num(s.allocMean)).append(",\n");
        b.append("    \"allocBytesPerOpError\": ").append(num(s.allocError)).append(",\n");
        b.append("    \"clientThreadAllocBytesPerOp\": ").append(num(s.clientAllocMean)).append(",\n");
        b.append("    \"clientThreadAllocBytesPerOpError\": ").append(num(s.clientAllocError)).append(",\n");
        b.append("    \"cpuMicrosPerOp\": ").append(num(s.cpuMean)).append(",\n");
        b.append("    \"cpuMicrosPerOpError\": ").append(num(s.cpuError)).append(",\n");
        b.append("    \"clientThreadCpuMicrosPerOp\": ").append(num(s.clientCpuMean)).append(",\n");
        b.append("    \"clientThreadCpuMicrosPerOpError\": ").append(num(s.clientCpuError)).append(",\n");
        b.append("    \"rounds\": [");
        for (int i = 0; i < rounds.size(); i++) {
            RoundResult r = rounds.get(i);
            b.append(i == 0 ? "\n" : ",\n");
            b.append("      {\"round\": ").append(r.round)
                    .append(", \"opsPerSecond\": ").append(num(r.opsScore))
                    .append(", \"opsPerSecondError\": ").append(num(r.opsError))
                    .append(", \"allocBytesPerOp\": ").append(num(r.allocScore))
                    .append(", \"clientThreadAllocBytesPerOp\": ").append(num(r.clientAllocScore))
                    .append(", \"cpuMicrosPerOp\": ").append(num(r.cpuScore))
                    .append(", \"clientThreadCpuMicrosPerOp\": ").append(num(r.clientCpuScore))
                    .append(", \"iterationsOpsPerSecond\": ").append(numbers(r.opsIterations))
                    .append(", \"iterationsAllocBytesPerOp\": ").append(numbers(r.allocIterations))
                    .append(", \"iterationsClientThreadAllocBytesPerOp\": ")
                    .append(numbers(r.clientAllocIterations))
                    .append(", \"iterationsCpuMicrosPerOp\": ").append(numbers(r.cpuIterations))
                    .append('}');
        }
        b.append("\n    ]\n  }");
        return b.toString();
    }

    private static String json(Path agentJar, Settings settings, List<ClientResult> results) {
        StringBuilder args = new StringBuilder("[");
        for (int i = 0; i < settings.jvmArgs.length; i++) {
            args.append(i == 0 ? "" : ", ").append(str(settings.jvmArgs[i]));
        }
        args.append(']');
        StringBuilder clients = new StringBuilder("[");
        for (int i = 0; i < results.size(); i++) {
            ClientResult r = results.get(i);
            clients.append(i == 0 ? "\n" : ",\n")
                    .append("  {\"client\": ").append(str(r.client.id))
                    .append(", \"description\": ").append(str(r.client.description)).append(",\n")
                    .append("  \"without\": ").append(config(r.w, r.without)).append(",\n")
                    .append("  \"with\": ").append(config(r.a, r.with)).append(",\n")
                    .append("  \"ratio\": ").append(num(r.ratio))
                    .append(", \"ratioError\": ").append(num(r.ratioError))
                    .append(", \"meetsTarget\": ").append(r.meetsTarget())
                    .append(", \"cpuRatio\": ").append(num(r.cpuRatio))
                    .append(", \"cpuRatioError\": ").append(num(r.cpuRatioError))
                    .append(", \"cpuMeetsTarget\": ").append(r.cpuMeetsTarget())
                    .append(",\n  \"agentShare\": ").append(r.profile == null ? "null" : "{\"samples\": "
                            + r.profile.samples + ", \"agentSamples\": " + r.profile.agentSamples + ", \"share\": "
                            + num(r.profile.share()) + ", \"upperBound\": " + num(r.profile.upperBound())
                            + ", \"mostSeen\": " + str(r.profile.topMethods(5)) + "}")
                    .append(", \"allocDifferenceBytesPerOp\": ").append(num(r.allocDiff))
                    .append(", \"clientThreadAllocDifferenceBytesPerOp\": ").append(num(r.clientAllocDiff))
                    .append('}');
        }
        clients.append("\n]");
        return "{\n"
                + "  \"schema\": \"reuse-agent/bench/hot-path/v3\",\n"
                + "  \"benchmark\": " + str(ReuseBenchmark.class.getName() + ".get") + ",\n"
                + "  \"scenario\": \"reused keep-alive connection, loopback, "
                + ReuseBenchmark.BODY_SIZE + "-byte body\",\n"
                + "  \"agentJar\": " + str(agentJar.toString()) + ",\n"
                + "  \"agentOptions\": \"default (log=new)\",\n"
                + "  \"settings\": {\"warmupIterations\": " + settings.warmup + ", \"warmupTime\": "
                + str(settings.warmupTime) + ", \"measurementIterations\": " + settings.iterations
                + ", \"measurementTime\": " + str(settings.time) + ", \"rounds\": " + settings.rounds
                + ", \"forks\": " + settings.forks + ", \"forkJvmArgs\": " + args
                + ", \"forkCpus\": " + (settings.pinning.cpus == null ? "null" : str(settings.pinning.cpus))
                + ", \"serverThreads\": " + settings.serverThreads
                + ", \"profileSamplingPeriod\": " + (settings.profile ? str(settings.profilePeriod) : "null")
                + ", \"confidence\": " + CONFIDENCE + "},\n"
                + "  \"jvm\": {\"javaVersion\": " + str(System.getProperty("java.version"))
                + ", \"vmName\": " + str(System.getProperty("java.vm.name"))
                + ", \"availableProcessors\": " + Runtime.getRuntime().availableProcessors() + "},\n"
                + "  \"targetRatio\": " + TARGET_RATIO + ",\n"
                + "  \"clients\": " + clients + "\n"
                + "}\n";
    }
}
