package dev.reuseagent.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up goals are for a whole process on 2 CPUs. {@code -Dbench.cpus}: {@code auto} (default) runs the
 * probes on the first 2 CPUs this process may use, with {@code taskset -c}, when it may use more than 2 (on a 2-CPU
 * machine nothing is added); {@code off} never pins; a CPU list ({@code 2,3}) pins to that list.
 */
public record CpuLimit(List<String> prefix, String description) {

    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    public static CpuLimit fromSetting(String setting) throws IOException {
        String s = setting == null ? "auto" : setting.trim();
        if (s.equals("off")) {
            return new CpuLimit(List.of(), "not pinned (bench.cpus=off)");
        }
        List<Integer> allowed = allowedCpus();
        if (s.equals("auto")) {
            if (allowed.size() <= 2) {
                return new CpuLimit(List.of(), "not pinned: " + allowed.size() + " CPUs allowed");
            }
            s = allowed.get(0) + "," + allowed.get(1);
        }
        if (!Files.isExecutable(TASKSET)) {
            throw new IllegalStateException("bench.cpus=" + s + " needs " + TASKSET
                    + " (Debian package util-linux); or pass -Dbench.cpus=off");
        }
        return new CpuLimit(List.of(TASKSET.toString(), "-c", s), "pinned to CPUs " + s + " (taskset -c), of "
                + allowed.size() + " allowed");
    }

    /** Cpus_allowed_list of this process ("0-3,8"), or 0..n-1 where /proc is not there. */
    private static List<Integer> allowedCpus() throws IOException {
        Path status = Path.of("/proc/self/status");
        List<Integer> cpus = new ArrayList<>();
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    for (String part : line.substring(line.indexOf(':') + 1).trim().split(",")) {
                        String[] range = part.trim().split("-");
                        int from = Integer.parseInt(range[0]);
                        int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                        for (int cpu = from; cpu <= to; cpu++) {
                            cpus.add(cpu);
                        }
                    }
                }
            }
        }
        if (cpus.isEmpty()) {
            for (int cpu = 0; cpu < Runtime.getRuntime().availableProcessors(); cpu++) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }
}
