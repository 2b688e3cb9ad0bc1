package dev.reuseagent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one client in one variant: without/with rounds, then the profiled run. Each run is one JMH Runner invocation
 * in this process, so each run gets its own forked JVM(s) and nothing JIT-compiled is shared between
 * configurations.
 */
final class RunLoop {
    /** The JIT log flags of {@code bench.jitLog} (diagnostic: they need the unlock flag first). */
    static final List<String> JIT_LOG_FLAGS =
            List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintCompilation", "-XX:+PrintInlining");

    private final RunSettings settings;
    private final Variant variant;
    private final String agentArg;

    RunLoop(RunSettings settings, Path agentJar) {
        this.settings = settings;
        this.variant = settings.variant;
        this.agentArg = "-javaagent:" + agentJar
                + (RunSettings.AGENT_OPTIONS.isEmpty() ? "" : "=" + RunSettings.AGENT_OPTIONS);
    }

    /** Rounds of (without, with) runs of one client, interleaved so that drift hits both sides alike. */
    ClientResult measure(BenchClient client) throws RunnerException, IOException {
        List<RoundResult> without = new ArrayList<>();
        List<RoundResult> with = new ArrayList<>();
        String prefix = variant == Variant.DEFAULT ? "" : variant.id + ": ";
        for (int round = 1; round <= settings.rounds; round++) {
            for (boolean agent : new boolean[] {false, true}) {
                System.out.printf(Locale.ROOT, "%n=== %s%s, round %d/%d: %s agent ===%n", prefix, client.id, round,
                        settings.rounds, agent ? "WITH" : "WITHOUT");
                Path jitLog = settings.jitLog ? jitLog(client, agent, round) : null;
                ChainedOptionsBuilder options = baseOptions(client, jitLog)
                        .measurementIterations(settings.iterations)
                        .addProfiler(GCProfiler.class);
                if (agent) {
                    options.jvmArgsAppend(agentArg);
                }
                (agent ? with : without).add(RoundResult.of(new Runner(options.build()).run(), round));
                if (jitLog != null) {
                    System.out.println("# JIT log of this run: " + jitLog);
                }
            }
        }
        AgentShareProfile profile = settings.profile ? profile(client, prefix) : null;
        return new ClientResult(client, without, with, profile);
    }

    /** target/jit/&lt;variant&gt;-&lt;client&gt;-&lt;without|with&gt;-round&lt;n&gt;.log */
    private Path jitLog(BenchClient client, boolean agent, int round) {
        return BenchPaths.inTarget("jit").resolve(variant.id + "-" + client.id + "-" + (agent ? "with" : "without")
                + "-round" + round + ".log");
    }

    /**
     * One more run with the agent, under Java Flight Recorder (not measured: JFR has its own cost), to read the
     * agent's share of the samples. Sampling starts when the warm-up is half done.
     */
    private AgentShareProfile profile(BenchClient client, String prefix) throws RunnerException, IOException {
        System.out.printf(Locale.ROOT, "%n=== %s%s: WITH agent, under JFR (agent's share of the CPU samples) ===%n",
                prefix, client.id);
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
        ChainedOptionsBuilder options = baseOptions(client, null)
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

    /** What every run of {@code client} in this variant has in common; the JIT log only for measured runs. */
    private ChainedOptionsBuilder baseOptions(BenchClient client, Path jitLog) throws IOException {
        List<String> jvmArgs = new ArrayList<>(settings.forkJvmArgs());
        jvmArgs.addAll(client.forkJvmArgs(variant.poolSize));
        if (jitLog != null) {
            jvmArgs.addAll(JIT_LOG_FLAGS);
        }
        String benchmark = ReuseBenchmark.class.getName() + ".get";
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(variant.threads)
                .forks(settings.forks)
                .warmupIterations(settings.warmup)
                .warmupTime(TimeValue.fromString(settings.warmupTime))
                .measurementTime(TimeValue.fromString(settings.time))
                .shouldFailOnError(true)
                .param("serverThreads", String.valueOf(settings.serverThreads))
                .param("getter", client.getterClass)
                .param("poolSize", String.valueOf(variant.poolSize))
                .jvmArgs(jvmArgs.toArray(new String[0]));
        Path jvm = settings.launcher.jvm(jitLog);
        if (jvm != null) {
            options.jvm(jvm.toString());
        }
        return options;
    }
}
