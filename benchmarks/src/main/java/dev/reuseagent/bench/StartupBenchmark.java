package dev.reuseagent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up cost (DESIGN §9): wall time of a JVM that starts, makes one HttpURLConnection request and exits,
 * without an agent, with reuse-agent, and with the OpenTelemetry Java agent, interleaved run by run so that
 * machine noise hits all three alike. Reports medians and the time each agent adds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.reuseagent.bench.StartupBenchmark [runs]</pre>
 *
 * The OpenTelemetry agent jar is taken from -Dbench.otel=path, else from the local Maven repository
 * (io.opentelemetry.javaagent:opentelemetry-javaagent:2.22.0); without it that column is skipped. Its exporters
 * are switched off so it sends nothing anywhere.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Paths.get(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        Path reuseAgent = HotPathBenchmark.resolveAgentJar(args.length > 1 ? new String[] {args[1]} : new String[0]);
        Path otel = otelJar();

        Map<String, List<String>> configs = new LinkedHashMap<>();
        configs.put("no agent", List.of());
        configs.put("reuse-agent", List.of("-javaagent:" + reuseAgent));
        if (otel != null) {
            configs.put("opentelemetry-javaagent 2.22.0", List.of("-javaagent:" + otel,
                    "-Dotel.traces.exporter=none", "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none"));
        }
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        configs.keySet().forEach(k -> millis.put(k, new ArrayList<>()));
        for (int warm = 0; warm < 2; warm++) {
            for (List<String> agentArgs : configs.values()) {
                time(java, classpath, agentArgs); // file-system and CDS caches
            }
        }
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> config : configs.entrySet()) {
                millis.get(config.getKey()).add(time(java, classpath, config.getValue()));
            }
        }

        System.out.println("start-up: JVM start + one HttpURLConnection request + exit, " + runs
                + " interleaved runs each (" + System.getProperty("java.version") + ")");
        double base = median(millis.get("no agent"));
        for (Map.Entry<String, List<Double>> e : millis.entrySet()) {
            double median = median(e.getValue());
            System.out.println(String.format(Locale.ROOT, "  %-32s median %7.1f ms   added %7.1f ms", e.getKey(),
                    median, median - base));
        }
        if (otel != null) {
            double reuseAdded = median(millis.get("reuse-agent")) - base;
            double otelAdded = median(millis.get("opentelemetry-javaagent 2.22.0")) - base;
            System.out.println(String.format(Locale.ROOT, "  reuse-agent adds %.0f%% of what the OpenTelemetry "
                    + "agent adds", 100 * reuseAdded / otelAdded));
        } else {
            System.out.println("  (OpenTelemetry agent not found: pass -Dbench.otel=path to compare)");
        }
    }

    private static double time(String java, String classpath, List<String> agentArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(agentArgs);
        command.addAll(Arrays.asList("-cp", classpath, StartupProbe.class.getName()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("start-up probe did not finish: " + command);
        }
        long nanos = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("start-up probe failed (exit " + process.exitValue() + "): " + command);
        }
        return nanos / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path otelJar() {
        String configured = System.getProperty("bench.otel");
        if (configured != null) {
            return Paths.get(configured);
        }
        Path m2 = Paths.get(System.getProperty("user.home"), ".m2", "repository", "io", "opentelemetry",
                "javaagent", "opentelemetry-javaagent", "2.22.0", "opentelemetry-javaagent-2.22.0.jar");
        return Files.isRegularFile(m2) ? m2 : null;
    }
}
