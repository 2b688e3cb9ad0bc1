package dev.reuseagent.bench;

import dev.reuseagent.bench.startup.CdsCheck;
import dev.reuseagent.bench.startup.CpuLimit;
import dev.reuseagent.bench.startup.EmptyAgentJar;
import dev.reuseagent.bench.startup.ProbeLauncher;
import dev.reuseagent.bench.startup.ProbeRun;
import dev.reuseagent.bench.startup.StartupClient;
import dev.reuseagent.bench.startup.StartupConfig;
import dev.reuseagent.bench.startup.StartupReport;
import dev.reuseagent.bench.startup.Workload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up cost: whole probe JVMs ({@link StartupProbe}: {@code none}, {@code urlconnection}, {@code all}) run
 * without an agent, with an empty agent (a premain that does nothing: the floor any {@code -javaagent} pays), with
 * reuse-agent (default options) and with the OpenTelemetry Java agent 2.22.0 (exporters {@code none}), interleaved
 * run by run with the configuration order rotated each run, after warm-up runs. Per run: wall time (parent's clock,
 * start to exit), peak RSS ({@code /usr/bin/time -f %M}) and the first-request latencies the probe printed; then one
 * separate run per probe and configuration with {@code -Xlog:class+load} for the class counts, and one {@code none}
 * run without an agent and one with the empty agent with {@code -Xlog:cds}, for why the floor is there. Prints
 * medians [min .. max], what each agent adds, PASS/MISS against the goals, reuse-agent's own share (over the empty
 * agent), and writes {@code benchmarks/target/startup-result.json}. See benchmarks/README.md, section "Start-up".
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.reuseagent.bench.StartupBenchmark [runs [agent-jar]]</pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("bench.runs", "7"));
        int warmup = Integer.getInteger("bench.warmup", 2);
        boolean countClasses = !"off".equals(System.getProperty("bench.classes", "on"));
        Path agentJar = HotPathBenchmark.resolveAgentJar(args.length > 1 ? new String[] {args[1]} : new String[0]);
        if (agentJar == null) {
            System.exit(2);
            return;
        }
        Path probeJar = Paths.get(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toAbsolutePath().normalize();
        Path root = repositoryRoot(probeJar);
        String java = javaCommand();
        List<String> jvmArgs = splitArgs(System.getProperty("bench.jvmArgs", ""));
        List<Workload> workloads = Workload.parse(System.getProperty("bench.probes"));
        for (Workload w : workloads) {
            for (StartupClient client : w.clients) {
                client.jars(root); // fail now, with the build command, rather than in the first probe
            }
        }

        Path target = probeJar.getParent();
        // written on every run, so the floor is always measured with this benchmark's EmptyAgent
        Path emptyAgentJar = EmptyAgentJar.write(target.resolve("empty-agent.jar"));

        List<StartupConfig> configs = new ArrayList<>();
        StartupConfig noAgent = StartupConfig.noAgent();
        StartupConfig emptyAgent = StartupConfig.emptyAgent(emptyAgentJar);
        configs.add(noAgent);
        configs.add(emptyAgent);
        configs.add(StartupConfig.reuseAgent(agentJar));
        Path otel = otelJar(root);
        if (otel != null) {
            configs.add(StartupConfig.openTelemetry(otel));
        } else {
            System.err.println("warning: OpenTelemetry agent not found (pass -Dbench.otel=path, or build the benchmarks "
                    + "module, which copies it to benchmarks/target/otel/): that column is skipped");
        }
        Path time = Paths.get("/usr/bin/time");
        if (!Files.isExecutable(time)) {
            System.err.println("warning: /usr/bin/time not found (Debian package 'time'): peak RSS is not measured");
            time = null;
        }
        for (String name : System.getenv().keySet()) {
            if (ProbeLauncher.SCRUBBED_ENV.stream().anyMatch(p -> p.endsWith("*")
                    ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p))) {
                System.err.println("note: " + name + " is set here; it is removed from the probes' environment");
            }
        }
        Path out = Paths.get(System.getProperty("bench.out", target.resolve("startup-result.json").toString()));
        CpuLimit cpus = CpuLimit.fromSetting(System.getProperty("bench.cpus", "auto"));
        ProbeLauncher launcher = new ProbeLauncher(java, jvmArgs, probeJar, root, target.resolve("startup-runs"),
                time, cpus, Long.getLong("bench.timeout", 180));

        System.out.printf(Locale.ROOT, "reuse-agent start-up benchmark: %d measured run(s) after %d warm-up run(s) "
                + "per probe and configuration, interleaved, configuration order rotated each run%n", runs, warmup);
        System.out.printf(Locale.ROOT, "  java %s, JVM arguments %s; probes %s%n", java,
                jvmArgs.isEmpty() ? "(none)" : jvmArgs, cpus.description());
        String labelColumn = "  %-" + StartupConfig.labelWidth(configs) + "s %s%n";
        for (StartupConfig c : configs) {
            System.out.printf(Locale.ROOT, labelColumn, c.label(), c.jvmArgs().isEmpty() ? "-" : c.jvmArgs());
        }
        System.out.printf(Locale.ROOT, "  peak RSS: %s; class counts: %s%n",
                time == null ? "not measured" : "/usr/bin/time -f %M (kernel high-water mark of the probe JVM)",
                countClasses ? "one separate -Xlog:class+load run per probe and configuration" : "off");
        System.out.printf(Locale.ROOT, "  probe example: %s%n",
                String.join(" ", launcher.javaCommand(workloads.get(0), configs.get(0), null)));

        Map<Workload, Map<String, List<ProbeRun>>> timed = new LinkedHashMap<>();
        for (Workload w : workloads) {
            Map<String, List<ProbeRun>> byConfig = new LinkedHashMap<>();
            configs.forEach(c -> byConfig.put(c.id(), new ArrayList<>()));
            timed.put(w, byConfig);
        }
        long started = System.nanoTime();
        String javaVersion = null;
        for (int round = 0; round < warmup + runs; round++) {
            boolean warm = round < warmup;
            List<StartupConfig> order = rotated(configs, round);
            for (Workload w : workloads) {
                for (StartupConfig c : order) {
                    ProbeRun run = launcher.run(w, c, warm ? "warmup" : "timed", false);
                    javaVersion = run.javaVersion();
                    if (!warm) {
                        timed.get(w).get(c.id()).add(run);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  %s %d/%d done (%.0f s)%n", warm ? "warm-up run" : "measured run",
                    warm ? round + 1 : round - warmup + 1, warm ? warmup : runs, (System.nanoTime() - started) / 1e9);
        }
        Map<Workload, Map<String, ProbeRun>> classRuns = new LinkedHashMap<>();
        if (countClasses) {
            for (Workload w : workloads) {
                Map<String, ProbeRun> byConfig = new LinkedHashMap<>();
                for (StartupConfig c : configs) {
                    byConfig.put(c.id(), launcher.run(w, c, "classes", true));
                }
                classRuns.put(w, byConfig);
            }
            System.out.printf(Locale.ROOT, "  class-count runs done (%.0f s)%n", (System.nanoTime() - started) / 1e9);
        }
        CdsCheck cds = CdsCheck.run(launcher, noAgent, emptyAgent);

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("runs", runs);
        settings.put("warmupRuns", warmup);
        settings.put("java", java);
        settings.put("javaVersion", javaVersion);
        settings.put("jvmArgs", jvmArgs);
        settings.put("cpus", cpus.description());
        settings.put("agentJar", agentJar.toString());
        settings.put("emptyAgentJar", emptyAgentJar.toString());
        settings.put("otelJar", otel == null ? null : otel.toString());
        settings.put("wall", "parent System.nanoTime from process start to exit seen by the parent");
        settings.put("peakRss", time == null ? null : "/usr/bin/time -f %M (ru_maxrss of the probe JVM), MiB");
        settings.put("classes", countClasses ? "separate run per probe and configuration, "
                + "-Xlog:class+load=info:file=<f>:none, one line per class" : null);
        settings.put("cds", "one untimed run of probe none without an agent and one with the empty agent, "
                + "-Xlog:cds=info:file=<f>:none, module-graph lines kept");
        settings.put("interleaving", "per run: each probe under each configuration, configuration order rotated");
        settings.put("note", "smoke numbers unless taken on a quiet machine");

        StartupReport report = new StartupReport(workloads, configs, timed, classRuns, cds, settings);
        System.out.print(report.text());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.jsonText(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%nJSON result: %s (probe output and logs: %s)%n", out,
                target.resolve("startup-runs"));
    }

    /** benchmarks.jar lives in &lt;root&gt;/benchmarks/target; -Dbench.root overrides. */
    private static Path repositoryRoot(Path probeJar) {
        String configured = System.getProperty("bench.root");
        if (configured != null) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path guess = probeJar.getParent() == null || probeJar.getParent().getParent() == null ? null
                : probeJar.getParent().getParent().getParent();
        if (guess != null && Files.isDirectory(guess.resolve("client-libs"))) {
            return guess;
        }
        return Paths.get("").toAbsolutePath();
    }

    /** -Dbench.java: a java executable or a JDK home; default: the JVM running the benchmark. */
    private static String javaCommand() {
        String configured = System.getProperty("bench.java");
        Path home = Paths.get(System.getProperty("java.home"));
        if (configured != null) {
            Path p = Paths.get(configured);
            if (Files.isDirectory(p)) {
                home = p;
            } else {
                return p.toAbsolutePath().toString();
            }
        }
        return home.resolve("bin").resolve("java").toString();
    }

    /** -Dbench.otel, else the copy the build makes, else the local Maven repository; null if none exists. */
    private static Path otelJar(Path root) {
        String configured = System.getProperty("bench.otel");
        if ("off".equals(configured)) {
            return null; // a short run: reuse-agent against no agent and the empty agent only
        }
        if (configured != null) {
            Path p = Paths.get(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("bench.otel: " + p + " not found");
            }
            return p;
        }
        List<Path> candidates = List.of(
                root.resolve(Path.of("benchmarks", "target", "otel", "opentelemetry-javaagent.jar")),
                Paths.get(System.getProperty("user.home"), ".m2", "repository", "io", "opentelemetry", "javaagent",
                        "opentelemetry-javaagent", "2.22.0", "opentelemetry-javaagent-2.22.0.jar"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static <T> List<T> rotated(List<T> list, int by) {
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get((i + by) % list.size()));
        }
        return out;
    }

    private static List<String> splitArgs(String s) {
        String trimmed = s.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }
}
