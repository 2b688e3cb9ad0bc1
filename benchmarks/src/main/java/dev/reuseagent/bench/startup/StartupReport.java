package dev.reuseagent.bench.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns the runs into the printed report and the JSON result: per probe and configuration the median, min and max
 * of wall time, peak RSS and each client's first-request latency, the class counts, and what each agent adds
 * (median with the agent minus median without), with PASS/MISS against the goals for reuse-agent.
 */
public final class StartupReport {

    public static final String SCHEMA = "reuse-agent/bench/startup/v1";

    private final List<Workload> workloads;
    private final List<StartupConfig> configs;
    private final StartupConfig baseline;
    private final Map<Workload, Map<String, List<ProbeRun>>> timed;
    private final Map<Workload, Map<String, ProbeRun>> classRuns;
    private final Map<String, Object> settings;

    public StartupReport(List<Workload> workloads, List<StartupConfig> configs,
            Map<Workload, Map<String, List<ProbeRun>>> timed, Map<Workload, Map<String, ProbeRun>> classRuns,
            Map<String, Object> settings) {
        this.workloads = workloads;
        this.configs = configs;
        this.baseline = configs.stream().filter(StartupConfig::isBaseline).findFirst().orElseThrow();
        this.timed = timed;
        this.classRuns = classRuns;
        this.settings = settings;
    }

    // ---- numbers ----

    private List<ProbeRun> runs(Workload w, StartupConfig c) {
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

    ClassCounts classes(Workload w, StartupConfig c) {
        ProbeRun run = classRuns.getOrDefault(w, Map.of()).get(c.id());
        return run == null ? null : run.classes();
    }

    private static double added(Stats with, Stats without) {
        return with.isEmpty() || without.isEmpty() ? Double.NaN : with.median() - without.median();
    }

    private static String verdict(double added, double goal) {
        return Double.isNaN(added) ? "n/a" : added <= goal ? "PASS" : "MISS";
    }

    // ---- text ----

    public String text() {
        StringBuilder out = new StringBuilder();
        for (Workload w : workloads) {
            workloadText(w, out);
        }
        goalsText(out);
        return out.toString();
    }

    private void workloadText(Workload w, StringBuilder out) {
        line(out, "");
        line(out, "probe %s: %s", w.id, w.description);
        line(out, "  %-31s %-29s %8s   %-33s %7s   %s", "configuration", "wall ms: median [min .. max]", "added",
                "peak RSS MiB: median [min .. max]", "added", "classes: total = agent + Byte Buddy + rest (rest added)");
        ClassCounts baseClasses = classes(w, baseline);
        for (StartupConfig c : configs) {
            Stats wall = wallMs(w, c);
            Stats rss = rssMiB(w, c);
            String addedWall = c.isBaseline() ? "-" : signed(added(wall, wallMs(w, baseline)), "%.0f");
            String addedRss = c.isBaseline() ? "-" : signed(added(rss, rssMiB(w, baseline)), "%.1f");
            ClassCounts cc = classes(w, c);
            String classText = cc == null ? "n/a" : String.format(Locale.ROOT, "%5d = %4d + %4d + %5d", cc.total(),
                    cc.agent(), cc.byteBuddy(), cc.rest())
                    + (c.isBaseline() || baseClasses == null ? "" : " (" + signed(cc.rest() - baseClasses.rest(), "%.0f") + ")");
            line(out, "  %-31s %-29s %8s   %-33s %7s   %s", c.label(), range(wall, "%.0f"), addedWall,
                    range(rss, "%.1f"), addedRss, classText);
        }
        for (StartupConfig c : configs) {
            if (!c.isReuseAgent()) {
                continue;
            }
            double addedWallS = added(wallMs(w, c), wallMs(w, baseline)) / 1000;
            double addedRss = added(rssMiB(w, c), rssMiB(w, baseline));
            StringBuilder goals = new StringBuilder(String.format(Locale.ROOT,
                    "  reuse-agent goals: added wall %s s (<= %s s) %s; added peak RSS %s MiB (<= %s MiB) %s",
                    signed(addedWallS, "%.3f"), trim(w.maxAddedWallSeconds), verdict(addedWallS, w.maxAddedWallSeconds),
                    signed(addedRss, "%.1f"), trim(w.maxAddedPeakRssMiB), verdict(addedRss, w.maxAddedPeakRssMiB)));
            if (w.noByteBuddy) {
                ClassCounts cc = classes(w, c);
                goals.append(cc == null ? "; Byte Buddy classes n/a" : String.format(Locale.ROOT,
                        "; Byte Buddy classes %d (0) %s", cc.byteBuddy(), cc.byteBuddy() == 0 ? "PASS" : "MISS"));
            }
            line(out, "%s", goals);
            Stats start = agentStartMs(w, c);
            Stats connections = agentConnections(w, c);
            line(out, "  reuse-agent's own start line: %s; connections its summary reported: %s (the probe opened %d)",
                    start.isEmpty() ? "none printed" : "started in " + range(start, "%.0f") + " ms",
                    connections.isEmpty() ? "no summary" : range(connections, "%.0f"), w.clients.size());
        }
        if (!w.clients.isEmpty()) {
            line(out, "  first request inside the process (build the client + request + read the body), ms: "
                    + "median [min .. max] (added)%s", w.clients.size() > 1 ? ", clients in this order" : "");
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-15s", "client"));
            for (StartupConfig c : configs) {
                header.append(String.format(Locale.ROOT, " %-40s", c.label()));
            }
            line(out, "%s goal: reuse-agent adds <= %s ms", header, trim(Workload.FIRST_REQUEST_GOAL_MS));
            for (StartupClient client : w.clients) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-15s", client.id));
                Stats base = firstRequestMs(w, baseline, client);
                String verdict = "n/a";
                for (StartupConfig c : configs) {
                    Stats s = firstRequestMs(w, c, client);
                    String cell = range(s, "%.1f");
                    if (!c.isBaseline()) {
                        double a = added(s, base);
                        cell += " (" + signed(a, "%.1f") + ")";
                        if (c.isReuseAgent()) {
                            verdict = verdict(a, Workload.FIRST_REQUEST_GOAL_MS);
                        }
                    }
                    row.append(String.format(Locale.ROOT, " %-40s", cell));
                }
                line(out, "%s %s", row, verdict);
            }
        }
        StringBuilder classWall = new StringBuilder("  class-count run (-Xlog:class+load, not a timed run) wall ms:");
        boolean any = false;
        for (StartupConfig c : configs) {
            ProbeRun run = classRuns.getOrDefault(w, Map.of()).get(c.id());
            if (run != null) {
                classWall.append(String.format(Locale.ROOT, " %s %.0f;", c.label(), run.wallMillis()));
                any = true;
            }
        }
        if (any) {
            line(out, "%s", classWall.substring(0, classWall.length() - 1));
        }
    }

    private void goalsText(StringBuilder out) {
        StartupConfig reuse = configs.stream().filter(StartupConfig::isReuseAgent).findFirst().orElse(null);
        if (reuse == null) {
            return;
        }
        line(out, "");
        line(out, "reuse-agent against the start-up goals (median with agent - median without, %s measured runs):",
                settings.get("runs"));
        line(out, "  %-16s %-28s %-30s %s", "workload", "added wall", "added peak RSS", "other");
        for (Workload w : workloads) {
            double addedWallS = added(wallMs(w, reuse), wallMs(w, baseline)) / 1000;
            double addedRss = added(rssMiB(w, reuse), rssMiB(w, baseline));
            String other = "";
            if (w.noByteBuddy) {
                ClassCounts cc = classes(w, reuse);
                other = cc == null ? "Byte Buddy classes n/a" : "Byte Buddy classes " + cc.byteBuddy() + " (0) "
                        + (cc.byteBuddy() == 0 ? "PASS" : "MISS");
            }
            line(out, "  %-16s %-28s %-30s %s", w.id,
                    String.format(Locale.ROOT, "%s s (<= %s) %s", signed(addedWallS, "%.3f"),
                            trim(w.maxAddedWallSeconds), verdict(addedWallS, w.maxAddedWallSeconds)),
                    String.format(Locale.ROOT, "%s MiB (<= %s) %s", signed(addedRss, "%.1f"),
                            trim(w.maxAddedPeakRssMiB), verdict(addedRss, w.maxAddedPeakRssMiB)), other);
        }
        Workload firstRequests = workloads.contains(Workload.ALL) ? Workload.ALL
                : workloads.contains(Workload.URLCONNECTION) ? Workload.URLCONNECTION : null;
        if (firstRequests != null) {
            StringBuilder row = new StringBuilder();
            for (StartupClient client : firstRequests.clients) {
                double a = added(firstRequestMs(firstRequests, reuse, client), firstRequestMs(firstRequests, baseline,
                        client));
                row.append(String.format(Locale.ROOT, "%s %s ms %s; ", client.id, signed(a, "%.1f"),
                        verdict(a, Workload.FIRST_REQUEST_GOAL_MS)));
            }
            line(out, "  first request (probe %s, goal <= %s ms added): %s", firstRequests.id,
                    trim(Workload.FIRST_REQUEST_GOAL_MS), row.substring(0, row.length() - 2));
        }
        for (StartupConfig c : configs) {
            if (c.isBaseline() || c.isReuseAgent()) {
                continue;
            }
            StringBuilder row = new StringBuilder();
            for (Workload w : workloads) {
                double ours = added(wallMs(w, reuse), wallMs(w, baseline));
                double theirs = added(wallMs(w, c), wallMs(w, baseline));
                row.append(String.format(Locale.ROOT, "%s %s ms vs %s ms; ", w.id, signed(ours, "%.0f"),
                        signed(theirs, "%.0f")));
            }
            line(out, "  wall added, reuse-agent vs %s: %s", c.label(), row.substring(0, row.length() - 2));
        }
    }

    // ---- JSON ----

    public Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("settings", settings);
        List<Object> configList = new ArrayList<>();
        for (StartupConfig c : configs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("label", c.label());
            m.put("jvmArgs", c.jvmArgs());
            m.put("ownClassPrefix", c.ownClassPrefix());
            configList.add(m);
        }
        root.put("configs", configList);
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("firstRequestAddedMs", Workload.FIRST_REQUEST_GOAL_MS);
        root.put("goals", goals);
        List<Object> workloadList = new ArrayList<>();
        for (Workload w : workloads) {
            workloadList.add(workloadJson(w));
        }
        root.put("workloads", workloadList);
        return root;
    }

    private Map<String, Object> workloadJson(Workload w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("probe", w.id);
        m.put("description", w.description);
        m.put("clients", w.clients.stream().map(c -> c.id).toList());
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("addedWallSeconds", w.maxAddedWallSeconds);
        goals.put("addedPeakRssMiB", w.maxAddedPeakRssMiB);
        if (w.noByteBuddy) {
            goals.put("byteBuddyClasses", 0);
        }
        if (!w.clients.isEmpty()) {
            goals.put("firstRequestAddedMs", Workload.FIRST_REQUEST_GOAL_MS);
        }
        m.put("goals", goals);
        Map<String, Object> byConfig = new LinkedHashMap<>();
        for (StartupConfig c : configs) {
            Map<String, Object> cm = new LinkedHashMap<>();
            Stats wall = wallMs(w, c);
            Stats rss = rssMiB(w, c);
            cm.put("runs", runs(w, c).size());
            cm.put("wallMs", stats(wall));
            cm.put("peakRssMiB", stats(rss));
            ClassCounts cc = classes(w, c);
            if (cc != null) {
                Map<String, Object> classes = new LinkedHashMap<>();
                classes.put("total", cc.total());
                classes.put("agent", cc.agent());
                classes.put("byteBuddy", cc.byteBuddy());
                classes.put("rest", cc.rest());
                classes.put("classCountRunWallMs", classRuns.get(w).get(c.id()).wallMillis());
                cm.put("classes", classes);
            }
            Map<String, Object> first = new LinkedHashMap<>();
            for (StartupClient client : w.clients) {
                Map<String, Object> fm = stats(firstRequestMs(w, c, client));
                if (!c.isBaseline()) {
                    double a = added(firstRequestMs(w, c, client), firstRequestMs(w, baseline, client));
                    fm.put("addedMs", a);
                    if (c.isReuseAgent()) {
                        fm.put("verdict", verdict(a, Workload.FIRST_REQUEST_GOAL_MS));
                    }
                }
                first.put(client.id, fm);
            }
            cm.put("firstRequestMs", first);
            if (!c.isBaseline()) {
                Map<String, Object> added = new LinkedHashMap<>();
                double addedWall = added(wall, wallMs(w, baseline));
                double addedRss = added(rss, rssMiB(w, baseline));
                added.put("wallMs", addedWall);
                added.put("peakRssMiB", addedRss);
                if (cc != null && classes(w, baseline) != null) {
                    added.put("restClasses", cc.rest() - classes(w, baseline).rest());
                }
                cm.put("added", added);
                if (c.isReuseAgent()) {
                    Map<String, Object> verdicts = new LinkedHashMap<>();
                    verdicts.put("wall", verdict(addedWall / 1000, w.maxAddedWallSeconds));
                    verdicts.put("peakRss", verdict(addedRss, w.maxAddedPeakRssMiB));
                    if (w.noByteBuddy) {
                        verdicts.put("byteBuddy", cc == null ? "n/a" : cc.byteBuddy() == 0 ? "PASS" : "MISS");
                    }
                    cm.put("verdicts", verdicts);
                    Stats start = agentStartMs(w, c);
                    cm.put("agentStartLineMs", start.isEmpty() ? null : stats(start));
                    Stats connections = agentConnections(w, c);
                    cm.put("agentReportedConnections", connections.isEmpty() ? null : stats(connections));
                }
            }
            byConfig.put(c.id(), cm);
        }
        m.put("results", byConfig);
        return m;
    }

    private static Map<String, Object> stats(Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", s.median());
        m.put("min", s.min());
        m.put("max", s.max());
        m.put("values", s.values());
        return m;
    }

    // ---- formatting ----

    private static String range(Stats s, String format) {
        if (s.isEmpty()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, format + " [" + format + " .. " + format + "]", s.median(), s.min(), s.max());
    }

    private static String signed(double v, String format) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+" + format.substring(1), v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    public String jsonText() {
        return Json.write(json());
    }
}
