package dev.reuseagent.bench.startup;

import dev.reuseagent.bench.StartupProbe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts one probe JVM and measures it. The command is [{@code taskset -c <cpus>}]
 * {@code /usr/bin/time -f %M -o <rss file> <java> <jvm args> <agent args> -Dbench.root=<root> -cp benchmarks.jar
 * dev.reuseagent.bench.StartupProbe <probe>}; the wall time is System.nanoTime from just before the process is
 * started to just after the parent sees it exit (so it includes GNU time's and taskset's own exec, ~1 ms, in every
 * configuration alike). stdout and stderr go to files under the work folder, kept for inspection.
 */
public final class ProbeLauncher {

    /** Options that would reach every child and change what it runs: removed from the children's environment. */
    public static final List<String> SCRUBBED_ENV = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
            "REUSE_AGENT_*", "OTEL_*");

    private static final Pattern AGENT_STARTED =
            Pattern.compile("reuse-agent \\S+ started(?: \\(attached\\))? in (\\d+) ms");
    private static final Pattern AGENT_CONNECTIONS =
            Pattern.compile("\\[reuse-agent\\] summary after [^:]*:.*?\\b(\\d+) connections opened");

    private final String java;
    private final List<String> jvmArgs;
    private final Path probeJar;
    private final Path root;
    private final Path workDir;
    private final Path timeCommand;
    private final CpuLimit cpus;
    private final long timeoutSeconds;

    /** @param timeCommand GNU time, or null to run without peak RSS */
    public ProbeLauncher(String java, List<String> jvmArgs, Path probeJar, Path root, Path workDir, Path timeCommand,
            CpuLimit cpus, long timeoutSeconds) throws IOException {
        this.java = java;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.probeJar = probeJar;
        this.root = root;
        this.workDir = workDir;
        this.timeCommand = timeCommand;
        this.cpus = cpus;
        this.timeoutSeconds = timeoutSeconds;
        Files.createDirectories(workDir);
    }

    /** The java command line of a run, without the GNU time wrapper (for the report). */
    public List<String> javaCommand(Workload workload, StartupConfig config, Path classLog) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.addAll(config.jvmArgs());
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog + ":none");
        }
        command.add("-Dbench.root=" + root);
        command.add("-cp");
        command.add(probeJar.toString());
        command.add(StartupProbe.class.getName());
        command.add(workload.id);
        return command;
    }

    /**
     * Runs the probe once. {@code withClassLog} adds {@code -Xlog:class+load} and counts the classes: such runs
     * are never timed runs (the log is thousands of lines written during start-up).
     */
    public ProbeRun run(Workload workload, StartupConfig config, String tag, boolean withClassLog)
            throws IOException, InterruptedException {
        String base = workload.id + "-" + config.id() + "-" + tag;
        Path out = workDir.resolve(base + ".out");
        Path err = workDir.resolve(base + ".err");
        Path rss = workDir.resolve(base + ".rss");
        Path classLog = withClassLog ? workDir.resolve(base + ".classes") : null;
        for (Path p : new Path[] {out, err, rss, classLog}) {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        }
        List<String> command = new ArrayList<>(cpus.prefix());
        if (timeCommand != null) {
            command.addAll(List.of(timeCommand.toString(), "-f", "%M", "-o", rss.toString()));
        }
        command.addAll(javaCommand(workload, config, classLog));
        long wall = execute(command, out, err);

        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        ProbeOutput.Parsed parsed = ProbeOutput.parse(stdout);
        if (parsed.done == null) {
            throw new IllegalStateException("probe printed no done line: " + command + "\n" + tail(out));
        }
        for (StartupClient client : workload.clients) {
            if (!parsed.firstRequestNanos.containsKey(client.id)) {
                throw new IllegalStateException("probe printed no first-request line for " + client.id + ": "
                        + command + "\n" + tail(out));
            }
        }
        long peakRss = timeCommand == null ? -1 : readRss(rss);
        Long agentStart = null;
        Integer agentConnections = null;
        if (config.isReuseAgent()) {
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Matcher started = AGENT_STARTED.matcher(stderr);
            if (started.find()) {
                agentStart = Long.parseLong(started.group(1));
            }
            Matcher connections = AGENT_CONNECTIONS.matcher(stderr);
            if (connections.find()) {
                agentConnections = Integer.parseInt(connections.group(1));
            }
        }
        ClassCounts classes = classLog == null ? null : ClassCounts.read(classLog, config.ownClassPrefix());
        return new ProbeRun(wall, peakRss, Map.copyOf(parsed.firstRequestNanos), parsed.done.get("java"), agentStart,
                agentConnections, classes);
    }

    /**
     * Runs the {@code none} probe once with {@code -Xlog:cds} to a file and returns that log: how the JVM used its
     * CDS archive under {@code config}. Untimed (no GNU time, no CPU pinning); it explains the empty agent's cost.
     */
    public List<String> cdsLog(StartupConfig config) throws IOException, InterruptedException {
        String base = Workload.NONE.id + "-" + config.id() + "-cds";
        Path out = workDir.resolve(base + ".out");
        Path err = workDir.resolve(base + ".err");
        Path log = workDir.resolve(base + ".log");
        for (Path p : new Path[] {out, err, log}) {
            Files.deleteIfExists(p);
        }
        List<String> command = javaCommand(Workload.NONE, config, null);
        command.add(1, "-Xlog:cds=info:file=" + log + ":none");
        execute(command, out, err);
        return Files.isRegularFile(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** Runs the command to completion, stdout and stderr to those files; returns its wall time in nanoseconds. */
    private long execute(List<String> command, Path out, Path err) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        scrub(builder.environment());

        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("probe did not finish in " + timeoutSeconds + " s: " + command
                    + "\n" + tail(err));
        }
        long wall = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("probe failed (exit " + process.exitValue() + "): " + command + "\n"
                    + tail(err) + tail(out));
        }
        return wall;
    }

    /** The last line of GNU time's output file is %M (earlier lines say how the child ended, if not normally). */
    private static long readRss(Path rss) throws IOException {
        List<String> lines = Files.readAllLines(rss, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).trim();
            if (!line.isEmpty()) {
                return Long.parseLong(line);
            }
        }
        throw new IllegalStateException(rss + " is empty");
    }

    static boolean scrubs(String name) {
        for (String pattern : SCRUBBED_ENV) {
            if (pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1))
                    : name.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    private static void scrub(Map<String, String> environment) {
        environment.keySet().removeIf(ProbeLauncher::scrubs);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())) + "\n";
        } catch (IOException e) {
            return "(" + file + ": " + e + ")\n";
        }
    }
}
