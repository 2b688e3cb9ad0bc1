package dev.reuseagent.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The settings of one variant's runs, from system properties: {@code -Dbench.<variant>.<name>}, else
 * {@code -Dbench.<name>}, else the variant's default (see {@link Variant#setting}).
 */
final class RunSettings {
    final Variant variant;
    final int warmup;
    final int iterations;
    final String time;
    final String warmupTime;
    final int rounds;
    final int serverThreads;
    final ForkLauncher launcher;
    final int forks;
    /** {@code bench.jvmArgs}: the fork arguments the user chose, the same for every client and configuration. */
    final String[] jvmArgs;
    /** Fork arguments the variant itself needs, e.g. -XX:ActiveProcessorCount=1 (after {@link #jvmArgs}). */
    final String[] variantJvmArgs;
    final boolean profile;
    final String profilePeriod;
    /** Each measured fork writes its JIT compilation and inlining log to target/jit/ (see {@link ForkLauncher}). */
    final boolean jitLog;
    /**
     * {@code bench.agentOptions}: the agent's arguments on the "with" side (none: its defaults), e.g.
     * {@code jfr=true,prometheus=127.0.0.1:0} to measure what the operations features cost when switched on.
     */
    static final String AGENT_OPTIONS = System.getProperty("bench.agentOptions", "").trim();

    private RunSettings(Variant v) {
        this.variant = v;
        this.warmup = Integer.parseInt(v.setting("warmup", "8"));
        this.iterations = Integer.parseInt(v.setting("iterations", "10"));
        this.time = v.setting("time", "1s");
        this.warmupTime = v.setting("warmupTime", "2s");
        this.rounds = Integer.parseInt(v.setting("rounds", "4"));
        this.serverThreads = Integer.parseInt(v.setting("serverThreads", "0"));
        this.forks = Integer.parseInt(v.setting("forks", "1"));
        this.jvmArgs = splitArgs(v.setting("jvmArgs", "-Xms512m -Xmx512m"));
        this.profile = !"off".equalsIgnoreCase(v.setting("profile", "on"));
        this.profilePeriod = v.setting("profilePeriod", "1ms");
        this.jitLog = isOn(v.setting("jitLog", "off"));
        if (v == Variant.ONECPU) {
            // Only bench.onecpu.cpus: -Dbench.cpus=off (meant for the other variants) must not unpin this one.
            this.launcher = ForkLauncher.onOneCpu(System.getProperty("bench.onecpu.cpus", "1"));
            // taskset alone already makes the JVM see one CPU (it sizes itself from its affinity mask); the flag
            // says so explicitly, so the fork's ergonomics (serial GC, compiler threads, pool sizes) are those of
            // a one-CPU machine whatever taskset does.
            this.variantJvmArgs = new String[] {"-XX:ActiveProcessorCount=1"};
        } else {
            this.launcher = ForkLauncher.pinned(v.setting("cpus", "off"));
            this.variantJvmArgs = new String[0];
        }
    }

    static RunSettings of(Variant variant) {
        return new RunSettings(variant);
    }

    /** {@link #jvmArgs}, then {@link #variantJvmArgs}: what every fork of this variant gets. */
    List<String> forkJvmArgs() {
        List<String> args = new ArrayList<>(Arrays.asList(jvmArgs));
        args.addAll(Arrays.asList(variantJvmArgs));
        return args;
    }

    private static boolean isOn(String s) {
        return s.equalsIgnoreCase("on") || s.equalsIgnoreCase("true") || s.equals("1");
    }

    private static String[] splitArgs(String s) {
        String trimmed = s.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }
}
