package dev.reuseagent.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result as JSON (schema {@value #SCHEMA}). Written by hand: the benchmark jar carries no JSON library, and the
 * schema is small and flat enough that a printer is shorter than a dependency.
 *
 * <p>v4 only adds to v3: the top-level {@code settings} and {@code clients} are still the default variant's
 * ({@code null} and {@code []} when it did not run), so a v3 reader reads a default run as before; the other
 * variants are under {@code variants.<id>} with the same {@code settings}/{@code clients} shape. New fields:
 * {@code variantsRun}; in settings {@code variant}, {@code clientThreads}, {@code poolSize},
 * {@code activeProcessorCount}, {@code jitLog}; per client {@code clientCpuRatio(Error)},
 * {@code serverConnectionsWithout/With/Counted}, {@code clientForkJvmArgs}; per round {@code serverConnections} and
 * {@code iterationsClientThreadCpuMicrosPerOp}.
 */
final class ResultJson {

    static final String SCHEMA = "reuse-agent/bench/hot-path/v4";

    private ResultJson() {
    }

    /** @param runs the variants run, in order, with their settings and results */
    static String of(Path agentJar, Map<RunSettings, List<ClientResult>> runs) {
        String defaultSettings = "null";
        String defaultClients = "[]";
        StringBuilder others = new StringBuilder("{");
        StringBuilder ids = new StringBuilder("[");
        for (Map.Entry<RunSettings, List<ClientResult>> run : runs.entrySet()) {
            Variant v = run.getKey().variant;
            ids.append(ids.length() == 1 ? "" : ", ").append(str(v.id));
            if (v == Variant.DEFAULT) {
                defaultSettings = settings(run.getKey());
                defaultClients = clients(run.getKey(), run.getValue());
            } else {
                others.append(others.length() == 1 ? "\n" : ",\n").append("  ").append(str(v.id))
                        .append(": {\"description\": ").append(str(v.description)).append(",\n")
                        .append("  \"settings\": ").append(settings(run.getKey())).append(",\n")
                        .append("  \"clients\": ").append(clients(run.getKey(), run.getValue())).append("}");
            }
        }
        others.append(others.length() == 1 ? "}" : "\n}");
        return "{\n"
                + "  \"schema\": \"" + SCHEMA + "\",\n"
                + "  \"benchmark\": " + str(ReuseBenchmark.class.getName() + ".get") + ",\n"
                + "  \"scenario\": \"reused keep-alive connection, loopback, "
                + ReuseBenchmark.BODY_SIZE + "-byte body\",\n"
                + "  \"agentJar\": " + str(agentJar.toString()) + ",\n"
                + "  \"agentOptions\": " + str(RunSettings.AGENT_OPTIONS.isEmpty() ? "default (log=new)"
                        : RunSettings.AGENT_OPTIONS) + ",\n"
                + "  \"variantsRun\": " + ids + "],\n"
                + "  \"settings\": " + defaultSettings + ",\n"
                + "  \"jvm\": {\"javaVersion\": " + str(System.getProperty("java.version"))
                + ", \"vmName\": " + str(System.getProperty("java.vm.name"))
                + ", \"availableProcessors\": " + Runtime.getRuntime().availableProcessors() + "},\n"
                + "  \"targetRatio\": " + ClientResult.TARGET_RATIO + ",\n"
                + "  \"clients\": " + defaultClients + ",\n"
                + "  \"variants\": " + others + "\n"
                + "}\n";
    }

    private static String settings(RunSettings s) {
        return "{\"warmupIterations\": " + s.warmup + ", \"warmupTime\": "
                + str(s.warmupTime) + ", \"measurementIterations\": " + s.iterations
                + ", \"measurementTime\": " + str(s.time) + ", \"rounds\": " + s.rounds
                + ", \"forks\": " + s.forks + ", \"forkJvmArgs\": " + strings(s.forkJvmArgs())
                + ", \"forkCpus\": " + (s.launcher.cpus == null ? "null" : str(s.launcher.cpus))
                + ", \"serverThreads\": " + s.serverThreads
                + ", \"profileSamplingPeriod\": " + (s.profile ? str(s.profilePeriod) : "null")
                + ", \"confidence\": " + Stats.CONFIDENCE
                + ", \"variant\": " + str(s.variant.id)
                + ", \"clientThreads\": " + s.variant.threads
                + ", \"poolSize\": " + (s.variant.poolSize == 0 ? "null" : s.variant.poolSize)
                + ", \"activeProcessorCount\": " + (s.launcher.oneCpu ? "1" : "null")
                + ", \"jitLog\": " + s.jitLog + "}";
    }

    private static String clients(RunSettings settings, List<ClientResult> results) {
        StringBuilder clients = new StringBuilder("[");
        for (int i = 0; i < results.size(); i++) {
            ClientResult r = results.get(i);
            clients.append(i == 0 ? "\n" : ",\n")
                    .append("  {\"client\": ").append(str(r.client.id))
                    .append(", \"description\": ").append(str(r.client.description)).append(",\n")
                    .append("  \"without\": ").append(config(r.w, r.without)).append(",\n")
                    .append("  \"with\": ").append(config(r.a, r.with)).append(",\n")
                    .append("  \"ratio\": ").append(num(r.ratio))
                    .append(", \"ratioError\": ").append(num(r.ratioError))
                    .append(", \"meetsTarget\": ").append(r.meetsTarget())
                    .append(", \"cpuRatio\": ").append(num(r.cpuRatio))
                    .append(", \"cpuRatioError\": ").append(num(r.cpuRatioError))
                    .append(", \"cpuMeetsTarget\": ").append(r.cpuMeetsTarget())
                    .append(",\n  \"agentShare\": ").append(r.profile == null ? "null" : "{\"samples\": "
                            + r.profile.samples + ", \"agentSamples\": " + r.profile.agentSamples + ", \"share\": "
                            + num(r.profile.share()) + ", \"upperBound\": " + num(r.profile.upperBound())
                            + ", \"mostSeen\": " + str(r.profile.topMethods(5)) + "}")
                    .append(", \"allocDifferenceBytesPerOp\": ").append(num(r.allocDiff))
                    .append(", \"clientThreadAllocDifferenceBytesPerOp\": ").append(num(r.clientAllocDiff))
                    .append(",\n  \"clientCpuRatio\": ").append(num(r.clientCpuRatio))
                    .append(", \"clientCpuRatioError\": ").append(num(r.clientCpuRatioError))
                    .append(", \"serverConnectionsWithout\": ").append(ClientResult.serverConnections(r.without))
                    .append(", \"serverConnectionsWith\": ").append(ClientResult.serverConnections(r.with))
                    .append(", \"serverConnectionsCounted\": ")
                    .append(str(settings.variant.threads > 1 ? "whole fork" : "set-up probe"))
                    .append(", \"clientForkJvmArgs\": ").append(strings(r.client.forkJvmArgs(settings.variant.poolSize)))
                    .append('}');
        }
        return clients.append("\n]").toString();
    }

    /** One configuration: pooled figures, then each round with its iterations. */
    private static String config(Summary s, List<RoundResult> rounds) {
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        b.append("    \"opsPerSecond\": ").append(num(s.opsMean)).append(",\n");
        b.append("    \"opsPerSecondError\": ").append(num(s.opsError)).append(",\n");
        b.append("    \"allocBytesPerOp\": ").append(num(s.allocMean)).append(",\n");
        b.append("    \"allocBytesPerOpError\": ").append(num(s.allocError)).append(",\n");
        b.append("    \"clientThreadAllocBytesPerOp\": ").append(num(s.clientAllocMean)).append(",\n");
        b.append("    \"clientThreadAllocBytesPerOpError\": ").append(num(s.clientAllocError)).append(",\n");
        b.append("    \"cpuMicrosPerOp\": ").append(num(s.cpuMean)).append(",\n");
        b.append("    \"cpuMicrosPerOpError\": ").append(num(s.cpuError)).append(",\n");
        b.append("    \"clientThreadCpuMicrosPerOp\": ").append(num(s.clientCpuMean)).append(",\n");
        b.append("    \"clientThreadCpuMicrosPerOpError\": ").append(num(s.clientCpuError)).append(",\n");
        b.append("    \"rounds\": [");
        for (int i = 0; i < rounds.size(); i++) {
            RoundResult r = rounds.get(i);
            b.append(i == 0 ? "\n" : ",\n");
            b.append("      {\"round\": ").append(r.round)
                    .append(", \"opsPerSecond\": ").append(num(r.opsScore))
                    .append(", \"opsPerSecondError\": ").append(num(r.opsError))
                    .append(", \"allocBytesPerOp\": ").append(num(r.allocScore))
                    .append(", \"clientThreadAllocBytesPerOp\": ").append(num(r.clientAllocScore))
                    .append(", \"cpuMicrosPerOp\": ").append(num(r.cpuScore))
                    .append(", \"clientThreadCpuMicrosPerOp\": ").append(num(r.clientCpuScore))
                    .append(", \"iterationsOpsPerSecond\": ").append(numbers(r.opsIterations))
                    .append(", \"iterationsAllocBytesPerOp\": ").append(numbers(r.allocIterations))
                    .append(", \"iterationsClientThreadAllocBytesPerOp\": ")
                    .append(numbers(r.clientAllocIterations))
                    .append(", \"iterationsCpuMicrosPerOp\": ").append(numbers(r.cpuIterations))
                    .append(", \"iterationsClientThreadCpuMicrosPerOp\": ").append(numbers(r.clientCpuIterations))
                    .append(", \"serverConnections\": ").append(r.serverConnections < 0 ? "null" : r.serverConnections)
                    .append('}');
        }
        b.append("\n    ]\n  }");
        return b.toString();
    }

    /** A number, or null for NaN and infinity, which JSON cannot carry. */
    static String num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
    }

    static String numbers(List<Double> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(num(values.get(i)));
        }
        return b.append(']').toString();
    }

    static String strings(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(str(values.get(i)));
        }
        return b.append(']').toString();
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
