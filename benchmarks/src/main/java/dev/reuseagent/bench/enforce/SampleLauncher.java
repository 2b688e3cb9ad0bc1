package dev.reuseagent.bench.enforce;

import dev.reuseagent.bench.startup.ProbeLauncher;

import java.io.File;
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
 * Starts one sample JVM, {@code <java> <jvm args> [-javaagent:<agent>=<options>] -cp sample-apps.jar:<client jars>
 * dev.reuseagent.samples.SampleMain <client> <pattern> --url <server> --trust-pem <pem> --requests N}, waits for it
 * and reads what it printed. stdout and stderr are kept under the work folder, one pair per run. A run whose
 * requests did not all succeed stops the benchmark: a timing of a broken job means nothing.
 */
public final class SampleLauncher {

    private static final String MAIN = "dev.reuseagent.samples.SampleMain";
    private static final Pattern ELAPSED = Pattern.compile("^sample: elapsed-ms=(\\d+)$", Pattern.MULTILINE);
    private static final Pattern OUTPUT = Pattern.compile("^sample: output=\\S+ observations=\\d+$", Pattern.MULTILINE);
    private static final Pattern RESULT = Pattern.compile("^sample: pattern=\\S+ requests=(\\d+) ok=(\\d+) failed=(\\d+)$",
            Pattern.MULTILINE);
    /** The same summary line the start-up benchmark reads. */
    private static final Pattern AGENT_CONNECTIONS =
            Pattern.compile("\\[reuse-agent\\] summary after [^:]*:.*?\\b(\\d+) connections opened");
    private static final Pattern APPLIED = Pattern.compile("\\[reuse-agent\\] enforce \\S+ \\S+ at ");
    private static final Pattern NOT_APPLIED = Pattern.compile("\\[reuse-agent\\] (enforce \\S+ \\S+ not applied: .*)$",
            Pattern.MULTILINE);

    private final String java;
    private final List<String> jvmArgs;
    private final Path sampleAppsJar;
    private final Path agentJar;
    private final String agentOptions;
    private final Path root;
    private final Path workDir;
    private final HttpsLoopbackServer server;
    private final Path trustPem;
    private final Path trustStore;
    private final long timeoutSeconds;

    public SampleLauncher(String java, List<String> jvmArgs, Path sampleAppsJar, Path agentJar, String agentOptions,
            Path root, Path workDir, HttpsLoopbackServer server, Path trustPem, long timeoutSeconds)
            throws IOException {
        this.java = java;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.sampleAppsJar = sampleAppsJar;
        this.agentJar = agentJar;
        this.agentOptions = agentOptions;
        this.root = root;
        this.workDir = workDir;
        this.server = server;
        this.trustPem = trustPem;
        this.trustStore = trustPem.resolveSibling("trust.p12"); // written beside it by LoopbackTls
        this.timeoutSeconds = timeoutSeconds;
        Files.createDirectories(workDir);
    }

    public List<String> command(EnforceClient client, EnforceConfig config, int requests) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        if (config.withAgent) {
            command.add("-javaagent:" + agentJar + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
        }
        command.add("-Djavax.net.ssl.trustStore=" + trustStore);
        command.add("-Djavax.net.ssl.trustStorePassword=" + LoopbackTls.TRUST_PASSWORD);
        command.addAll(List.of("-cp", client.classpath(sampleAppsJar, root), MAIN, client.command, config.pattern(client),
                "--url", server.url(), "--trust-pem", trustPem.toString(), "--requests", Integer.toString(requests),
                // the sample's own watchdog, a little after ours, so a hung job still leaves its output behind
                "--max-seconds", Long.toString(timeoutSeconds + 5)));
        return command;
    }

    public SampleRun run(EnforceClient client, EnforceConfig config, int requests, String tag) throws IOException,
            InterruptedException {
        String base = client.id + "-" + config.id + "-" + tag;
        Path out = workDir.resolve(base + ".out");
        Path err = workDir.resolve(base + ".err");
        List<String> command = command(client, config, requests);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        scrub(builder.environment());

        HttpsLoopbackServer.Counts before = server.counts();
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("sample did not finish in " + timeoutSeconds + " s: " + command
                    + "\n" + tail(err));
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        HttpsLoopbackServer.Counts seen = server.counts().minus(before);

        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Matcher result = RESULT.matcher(stdout);
        Matcher elapsed = ELAPSED.matcher(stdout);
        if (process.exitValue() != 0 || !result.find() || Integer.parseInt(result.group(2)) != requests
                || !elapsed.find()) {
            throw new IllegalStateException("sample failed (exit " + process.exitValue() + "; output in " + out
                    + "): " + String.join(" ", command) + "\n" + tail(err) + tail(out));
        }
        Matcher output = OUTPUT.matcher(stdout);
        Matcher agent = AGENT_CONNECTIONS.matcher(stderr);
        List<String> notApplied = new ArrayList<>();
        for (Matcher m = NOT_APPLIED.matcher(stderr); m.find(); ) {
            notApplied.add(m.group(1));
        }
        return new SampleRun(Long.parseLong(elapsed.group(1)), wallMs, seen,
                output.find() ? output.group() : null,
                agent.find() ? Integer.valueOf(agent.group(1)) : null,
                (int) APPLIED.matcher(stderr).results().count(), List.copyOf(notApplied));
    }

    /** Options that would reach the child and change what it runs (the start-up benchmark's list). */
    private static void scrub(Map<String, String> environment) {
        environment.keySet().removeIf(name -> ProbeLauncher.SCRUBBED_ENV.stream().anyMatch(p -> p.endsWith("*")
                ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p)));
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
