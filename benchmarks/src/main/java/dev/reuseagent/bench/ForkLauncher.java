package dev.reuseagent.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How JMH starts a fork's JVM: this JVM's java, or a small wrapper script used as JMH's fork JVM that pins it to
 * CPUs with {@code taskset} and/or sends its standard output to a JIT log file.
 *
 * <p>Pinning is off by default (variants default and threads8): on the 2-CPU development machine, one pinned CPU
 * shared by client, server and JIT needed 30 s and more to warm up and still swung by ±25 % per iteration, while
 * unpinned forks were steady after 6 s (measured 2026-11-25, see benchmarks/README.md). {@code -Dbench.cpus=LIST}
 * picks the CPUs (taskset -c syntax); "auto" takes the last allowed CPU on Linux. The onecpu variant pins on
 * purpose and refuses to run unpinned.
 *
 * <p>The JIT log: {@code -XX:+PrintCompilation -XX:+PrintInlining} print on the VM's own standard output (not
 * System.out, which JMH's fork sends over its link), and JMH copies a fork's standard output to the console. The
 * script redirects it to a file for the fork itself only (the command line names ForkedMain), so the console
 * stays readable and each fork's log is plain text, not the XML of -XX:LogFile.
 */
final class ForkLauncher {
    /** The taskset CPU list, null when unpinned. */
    final String cpus;
    /** True for the onecpu variant: the whole fork on one CPU, with -XX:ActiveProcessorCount=1. */
    final boolean oneCpu;
    private final Path taskset;
    private final String note;
    /** The wrapper without a JIT log, written once, when pinned. */
    private final Path pinScript;

    private ForkLauncher(String cpus, boolean oneCpu, Path taskset, String note, Path pinScript) {
        this.cpus = cpus;
        this.oneCpu = oneCpu;
        this.taskset = taskset;
        this.note = note;
        this.pinScript = pinScript;
    }

    String describe() {
        if (oneCpu) {
            return "forks pinned to CPU " + cpus + " with taskset and -XX:ActiveProcessorCount=1: the whole fork "
                    + "(client thread, in-process server, client library threads, JIT, GC) on that CPU "
                    + "(-Dbench.onecpu.cpus=N for another)";
        }
        return taskset != null ? "forks pinned to CPU " + cpus + " with taskset (-Dbench.cpus=off to disable)"
                : "forks not pinned (" + note + ")";
    }

    /** {@code -Dbench.cpus}: off, auto or a CPU list; falls back to unpinned forks when taskset cannot pin. */
    static ForkLauncher pinned(String setting) {
        if ("off".equalsIgnoreCase(setting) || "none".equalsIgnoreCase(setting)) {
            return new ForkLauncher(null, false, null, "-Dbench.cpus=off", null);
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
        try {
            if (!tasksetWorks(taskset, cpus)) {
                return fallback(auto, "taskset -c " + cpus + " failed");
            }
            return new ForkLauncher(cpus, false, taskset, null, script(taskset, cpus, null));
        } catch (IOException e) {
            return fallback(auto, "taskset unusable: " + e.getMessage());
        }
    }

    /** The onecpu variant: exactly one CPU, or an exception before anything runs (unpinned would measure nothing). */
    static ForkLauncher onOneCpu(String cpu) {
        if (!cpu.trim().matches("\\d+")) {
            throw new IllegalArgumentException("bench.onecpu.cpus: one CPU number expected, got '" + cpu + "'");
        }
        Path taskset = findExecutable("taskset");
        if (taskset == null) {
            throw new IllegalStateException("variant onecpu needs taskset (Debian/Ubuntu package util-linux)");
        }
        try {
            if (!tasksetWorks(taskset, cpu.trim())) {
                throw new IllegalStateException("variant onecpu: taskset -c " + cpu + " failed (is CPU " + cpu
                        + " allowed? see Cpus_allowed_list in /proc/self/status; -Dbench.onecpu.cpus=N)");
            }
            return new ForkLauncher(cpu.trim(), true, taskset, null, script(taskset, cpu.trim(), null));
        } catch (IOException e) {
            throw new IllegalStateException("variant onecpu: taskset unusable: " + e.getMessage(), e);
        }
    }

    /**
     * The executable JMH should start for a fork: null for this JVM's java (unpinned, no log), else a wrapper
     * script. With a JIT log, a script of its own that empties the file first; forks of one run append to it.
     */
    Path jvm(Path jitLog) throws IOException {
        if (jitLog == null) {
            return pinScript;
        }
        Files.createDirectories(jitLog.toAbsolutePath().getParent());
        Files.writeString(jitLog, "");
        return script(taskset, cpus, jitLog);
    }

    private static Path script(Path taskset, String cpus, Path jitLog) throws IOException {
        String java = shellQuote(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String command = taskset == null ? java
                : shellQuote(taskset.toString()) + " -c " + shellQuote(cpus) + " " + java;
        StringBuilder text = new StringBuilder("#!/bin/sh\n");
        if (jitLog != null) {
            // only the fork itself: JMH also starts the JVM to read its properties, and that needs no log
            text.append("case \"$*\" in *org.openjdk.jmh.runner.ForkedMain*)\n  exec ").append(command)
                    .append(" \"$@\" >> ").append(shellQuote(jitLog.toAbsolutePath().toString())).append("\n;;\nesac\n");
        }
        text.append("exec ").append(command).append(" \"$@\"\n");
        Path script = Files.createTempFile("reuse-agent-bench-java-", ".sh");
        script.toFile().deleteOnExit();
        Files.writeString(script, text, StandardCharsets.UTF_8);
        if (!script.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + script + " executable");
        }
        return script;
    }

    private static boolean tasksetWorks(Path taskset, String cpus) throws IOException {
        try {
            Process probe = new ProcessBuilder(taskset.toString(), "-c", cpus, "true").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static ForkLauncher fallback(boolean auto, String why) {
        if (!auto) {
            System.err.println("warning: cannot pin the forks (" + why + "); running them unpinned");
        }
        return new ForkLauncher(null, false, null, why, null);
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
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name);
            }
        }
        return null;
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
