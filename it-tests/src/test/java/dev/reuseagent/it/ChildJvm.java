package dev.reuseagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs one scenario in its own JVM with the agent attached, captures its output, and reads back the agent's
 * summary JSON. Child JVMs cannot outlive a hung run: they are killed at the timeout, and the sample apps also
 * halt themselves (--max-seconds).
 */
final class ChildJvm {

    static final Path AGENT_JAR = existing("reuse.agent.jar");
    static final Path SAMPLE_APPS_JAR = existing("sample.apps.jar");
    /** The same classes with a manifest Class-Path to sample-apps/target/lib, which holds the default clients. */
    static final Path SAMPLE_APPS_DEMO_JAR = existing("sample.apps.demo.jar");
    static final Path WORK = Paths.get(System.getProperty("it.work", "target/it-work"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DIRECTORIES = ConcurrentHashMap.newKeySet();

    private final Jdk jdk;
    private final String name;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> agentOptions = new ArrayList<>();
    private final List<String> classpath = new ArrayList<>();
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private boolean withAgent = true;
    private boolean agentTwice;
    private String mainClass;

    /**
     * A directory of its own for each child JVM of this test run, named after it: test classes run in parallel, and
     * two of them may name a child alike (a later run of the same name gets {@code -2}, {@code -3}, ...).
     */
    private static String ownDirectoryName(String name) {
        String candidate = name;
        for (int i = 2; !DIRECTORIES.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }

    ChildJvm(Jdk jdk, String name) {
        this.jdk = jdk;
        this.name = name + "-" + jdk.name;
    }

    ChildJvm jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    ChildJvm agentOption(String keyValue) {
        agentOptions.add(keyValue);
        return this;
    }

    private boolean hasOption(String key) {
        for (String option : agentOptions) {
            if (option.startsWith(key + "=")) {
                return true;
            }
        }
        return false;
    }

    ChildJvm env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Passes the same -javaagent twice, as a careless launch script might. */
    ChildJvm agentTwice() {
        agentTwice = true;
        return this;
    }

    ChildJvm withoutAgent() {
        withAgent = false;
        return this;
    }

    /** Runs sample-apps-demo.jar, as the README's demo command does. */
    ChildJvm demoJar() {
        return classpath(List.of(SAMPLE_APPS_DEMO_JAR), "dev.reuseagent.samples.SampleMain");
    }

    /** Runs the sample apps with this client version on the classpath (and nothing of any other). */
    ChildJvm client(ClientLib lib) {
        return classpath(lib.classpath(), "dev.reuseagent.samples.SampleMain");
    }

    /** Runs a main class from this classpath instead of {@code -jar sample-apps.jar}. */
    ChildJvm classpath(List<Path> entries, String main) {
        for (Path p : entries) {
            classpath.add(p.toString());
        }
        this.mainClass = main;
        return this;
    }

    Result run(String... appArgs) throws IOException, InterruptedException {
        Running running = start(appArgs);
        return running.finish();
    }

    /** Starts the child JVM without waiting for it. */
    Running start(String... appArgs) throws IOException {
        Path dir = WORK.resolve(ownDirectoryName(name));
        Files.createDirectories(dir);
        Path summary = dir.resolve("summary.json");
        Path events = dir.resolve("events.jsonl");
        Files.deleteIfExists(summary);
        Files.deleteIfExists(events);
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        // A child runs for a second or two: C2 and G1's worker threads would take the machine's other core for
        // nothing (test classes run two at a time). What the tests check does not depend on either; a test's own
        // -XX options come after these and win.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmArgs);
        if (withAgent) {
            List<String> options = new ArrayList<>();
            // The test's own summaryFile or events wins: the agent refuses a key given twice.
            if (!hasOption("summaryFile")) {
                options.add("summaryFile=" + summary);
            }
            if (!hasOption("events")) {
                options.add("events=" + events);
            }
            options.addAll(agentOptions);
            command.add("-javaagent:" + AGENT_JAR + "=" + String.join(",", options));
            if (agentTwice) {
                command.add("-javaagent:" + AGENT_JAR + "=" + String.join(",", options));
            }
        }
        if (mainClass != null) {
            command.add("-cp");
            command.add(String.join(java.io.File.pathSeparator, classpath));
            command.add(mainClass);
        } else {
            command.add("-jar");
            command.add(SAMPLE_APPS_JAR.toString());
        }
        for (String a : appArgs) {
            command.add(a);
        }
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new Running(process, dir, out, err, summary, events, String.join(" ", command));
    }

    /** A child JVM that has been started. */
    final class Running {
        final Process process;
        final Path dir;
        final Path out;
        final Path err;
        final Path summary;
        final Path events;
        final String command;

        Running(Process process, Path dir, Path out, Path err, Path summary, Path events, String command) {
            this.process = process;
            this.dir = dir;
            this.out = out;
            this.err = err;
            this.summary = summary;
            this.events = events;
            this.command = command;
        }

        Result finish() throws IOException, InterruptedException {
            return finish(120);
        }

        /** Waits up to {@code seconds} for the child to end (a soak runs longer than the usual 120 s). */
        Result finish(int seconds) throws IOException, InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(name + " did not finish in " + seconds + " s; output in " + dir);
            }
            return new Result(name, dir, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), summary, events, command);
        }
    }

    private static Path existing(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        Path path = Paths.get(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " does not exist: build the agent and sample-apps first");
        }
        return path;
    }

    /** What a child JVM left behind. */
    static final class Result {
        final String name;
        final Path dir;
        final int exitCode;
        final String stdout;
        final String stderr;
        final Path summaryFile;
        final Path eventsFile;
        final String command;

        Result(String name, Path dir, int exitCode, String stdout, String stderr, Path summaryFile, Path eventsFile,
                String command) {
            this.name = name;
            this.dir = dir;
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
            this.summaryFile = summaryFile;
            this.eventsFile = eventsFile;
            this.command = command;
        }

        JsonNode summary() throws IOException {
            if (!Files.isRegularFile(summaryFile)) {
                throw new AssertionError(name + ": no summary file; stderr:\n" + stderr);
            }
            return JSON.readTree(summaryFile.toFile());
        }

        /** The summary entry of one origin, failing clearly if the agent did not report it. */
        JsonNode origin(String origin) throws IOException {
            for (JsonNode o : summary().path("origins")) {
                if (o.path("origin").asText().equals(origin)) {
                    return o;
                }
            }
            throw new AssertionError(name + ": no origin " + origin + " in " + summary() + "\nstderr:\n" + stderr);
        }

        List<String> lines(String contains) {
            List<String> result = new ArrayList<>();
            for (String line : stderr.split("\\R")) {
                if (line.contains(contains)) {
                    result.add(line);
                }
            }
            return result;
        }

        /** The sample's {@code sample: output=<digest> observations=<n>} line: what the application saw. */
        String outputLine() {
            for (String line : stdout.split("\\R")) {
                if (line.startsWith("sample: output=")) {
                    return line;
                }
            }
            throw new AssertionError(name + ": no 'sample: output=' line\n" + describe());
        }

        String describe() {
            return name + " (exit " + exitCode + ")\ncommand: " + command + "\nstdout:\n" + stdout + "\nstderr:\n"
                    + stderr;
        }
    }
}
