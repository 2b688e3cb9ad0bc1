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
 * Runs one client: without/with rounds, then the profiled run. Each run is one JMH Runner invocation in this
 * process, so each run gets its own forked JVM(s) and nothing JIT-compiled is shared between configurations.
 */
final class RunLoop {
    private final RunSettings settings;
    private final String agentArg;

    RunLoop(RunSettings settings, Path agentJar) {
        this.settings = settings;
        this.agentArg = "-javaagent:" + agentJar;
    }

    /** Rounds of (without, with) runs of one client, interleaved so that drift hits both sides alike. */
    ClientResult measure(BenchClient client) throws RunnerException {
        List<RoundResult> without = new ArrayList<>();
        List<RoundResult> with = new ArrayList<>();
        for (int round = 1; round <= settings.rounds; round++) {
            for (boolean agent : new boolean[] {false, true}) {
                System.out.printf(Locale.ROOT, "%n=== %s, round %d/%d: %s agent ===%n", client.id, round,
                        settings.rounds, agent ? "WITH" : "WITHOUT");
                ChainedOptionsBuilder options = baseOptions(client)
                        .measurementIterations(settings.iterations)
                        .addProfiler(GCProfiler.class);
                if (agent) {
                    options.jvmArgsAppend(agentArg);
                }
                (agent ? with : without).add(RoundResult.of(new Runner(options.build()).run(), round));
            }
        }
        AgentShareProfile profile = settings.profile ? profile(client) : null;
        return new ClientResult(client, without, with, profile);
    }

    /**
     * One more run with the agent, under Java Flight Recorder (not measured: JFR has its own cost), to read the
     * agent's share of the samples. Sampling starts when the warm-up is half done.
     */
    private AgentShareProfile profile(BenchClient client) throws RunnerException {
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
        ChainedOptionsBuilder options = baseOptions(client)
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
    private ChainedOptionsBuilder baseOptions(BenchClient client) {
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
}
