package dev.reuseagent.bench.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The numbers behind the printed report and the JSON result: per probe and configuration the median, min and max
 * of wall time, peak RSS and each client's first-request latency, the class counts, what each agent adds (median
 * with the agent minus median without) and what reuse-agent adds over the empty agent (its own share). The text is
 * rendered by {@link WorkloadText} and {@link GoalsText}, the JSON by {@link ReportJson}.
 */
public final class StartupReport {

    public static final String SCHEMA = ReportJson.SCHEMA;

    final List<Workload> workloads;
    final List<StartupConfig> configs;
    final StartupConfig baseline;
    /** The floor: what any {@code -javaagent} costs; reuse-agent's own share is measured over it. */
    final StartupConfig emptyAgent;
    /** Null when the configurations leave reuse-agent out (then there are no goals to report). */
    final StartupConfig reuse;
    /** The {@code -Xlog:cds} evidence for why the floor is there. */
    final CdsCheck cds;
    final Map<String, Object> settings;
    private final Map<Workload, Map<String, List<ProbeRun>>> timed;
    private final Map<Workload, Map<String, ProbeRun>> classRuns;

    public StartupReport(List<Workload> workloads, List<StartupConfig> configs,
            Map<Workload, Map<String, List<ProbeRun>>> timed, Map<Workload, Map<String, ProbeRun>> classRuns,
            CdsCheck cds, Map<String, Object> settings) {
        this.workloads = workloads;
        this.configs = configs;
        this.baseline = configs.stream().filter(StartupConfig::isBaseline).findFirst().orElseThrow();
        this.emptyAgent = configs.stream().filter(StartupConfig::isEmptyAgent).findFirst().orElseThrow();
        this.reuse = configs.stream().filter(StartupConfig::isReuseAgent).findFirst().orElse(null);
        this.timed = timed;
        this.classRuns = classRuns;
        this.cds = cds;
        this.settings = settings;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        for (Workload w : workloads) {
            new WorkloadText(this, w).appendTo(out);
        }
        new GoalsText(this).appendTo(out);
        return out.toString();
    }

    public Map<String, Object> json() {
        return new ReportJson(this).json();
    }

    public String jsonText() {
        return Json.write(json());
    }

    // ---- numbers ----

    List<ProbeRun> runs(Workload w, StartupConfig c) {
        return timed.getOrDefault(w, Map.of()).getOrDefault(c.id(), List.of());
    }

    private Stats stats(Workload w, StartupConfig c, ToDoubleFunction<ProbeRun> value) {
        List<Double> values = new ArrayList<>();
        for (ProbeRun run : runs(w, c)) {
            double v = value.applyAsDouble(run);
            if (!Double.isNaN(v)) {
                values.add(v);
            }
        }
        return Stats.of(values);
    }

    Stats wallMs(Workload w, StartupConfig c) {
        return stats(w, c, ProbeRun::wallMillis);
    }

    Stats rssMiB(Workload w, StartupConfig c) {
        return stats(w, c, r -> r.peakRssKiB() < 0 ? Double.NaN : r.peakRssKiB() / 1024.0);
    }

    Stats firstRequestMs(Workload w, StartupConfig c, StartupClient client) {
        return stats(w, c, r -> r.firstRequestNanos().containsKey(client.id)
                ? r.firstRequestNanos().get(client.id) / 1e6 : Double.NaN);
    }

    Stats agentStartMs(Workload w, StartupConfig c) {
        return stats(w, c, r -> r.agentStartMillis() == null ? Double.NaN : r.agentStartMillis());
    }

    Stats agentConnections(Workload w, StartupConfig c) {
        return stats(w, c, r -> r.agentConnections() == null ? Double.NaN : r.agentConnections());
    }

    /** The class-count run, or null when classes were not counted. */
    ProbeRun classRun(Workload w, StartupConfig c) {
        return classRuns.getOrDefault(w, Map.of()).get(c.id());
    }

    ClassCounts classes(Workload w, StartupConfig c) {
        ProbeRun run = classRun(w, c);
        return run == null ? null : run.classes();
    }

    /** Median wall ms {@code c} adds over {@code over} (NaN without runs). */
    double addedWallMs(Workload w, StartupConfig c, StartupConfig over) {
        return added(wallMs(w, c), wallMs(w, over));
    }

    /** Median peak RSS MiB {@code c} adds over {@code over} (NaN without runs or without RSS). */
    double addedRssMiB(Workload w, StartupConfig c, StartupConfig over) {
        return added(rssMiB(w, c), rssMiB(w, over));
    }

    static double added(Stats with, Stats without) {
        return with.isEmpty() || without.isEmpty() ? Double.NaN : with.median() - without.median();
    }

    static String verdict(double added, double goal) {
        return Double.isNaN(added) ? "n/a" : added <= goal ? "PASS" : "MISS";
    }

    static String byteBuddyVerdict(ClassCounts cc) {
        return cc == null ? "n/a" : cc.byteBuddy() == 0 ? "PASS" : "MISS";
    }
}
