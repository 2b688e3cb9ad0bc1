package dev.reuseagent.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Optionally pins the forked JVMs to CPUs with {@code taskset} (through a small wrapper script used as JMH's fork
 * JVM). Off by default: on the 2-CPU development machine, one pinned CPU shared by client, server and JIT needed
 * 30 s and more to warm up and still swung by ±25 % per iteration, while unpinned forks were steady after 6 s
 * (measured 2026-11-25, see benchmarks/README.md). {@code -Dbench.cpus=LIST} picks the CPUs (taskset -c
 * syntax); "auto" takes the last allowed CPU on Linux.
 */
final class ForkPinning {
    /** The taskset CPU list, null when unpinned. */
    final String cpus;
    /** The wrapper script JMH starts instead of java, null when unpinned. */
    final Path jvm;
    private final String note;

    private ForkPinning(String cpus, Path jvm, String note) {
        this.cpus = cpus;
        this.jvm = jvm;
        this.note = note;
    }

    String describe() {
        return jvm != null ? "forks pinned to CPU " + cpus + " with taskset (-Dbench.cpus=off to disable)"
                : "forks not pinned (" + note + ")";
    }

    static ForkPinning create(String setting) {
        if ("off".equalsIgnoreCase(setting) || "none".equalsIgnoreCase(setting)) {
            return new ForkPinning(null, null, "-Dbench.cpus=off");
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
            return new ForkPinning(cpus, script, null);
        } catch (IOException e) {
            return fallback(auto, "taskset unusable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback(auto, "interrupted");
        }
    }

    private static ForkPinning fallback(boolean auto, String why) {
        if (!auto) {
            System.err.println("warning: cannot pin the forks (" + why + "); running them unpinned");
        }
        return new ForkPinning(null, null, why);
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

    static Path findExecutable(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
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

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
