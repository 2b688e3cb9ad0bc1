package dev.reuseagent.bench.startup;

import static dev.reuseagent.bench.startup.StartupReport.added;
import static dev.reuseagent.bench.startup.StartupReport.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON result ({@code benchmarks/target/startup-result.json}). v2 added the empty agent's configuration, the
 * top-level {@code floor} (the {@code -Xlog:cds} evidence) and reuse-agent's {@code ownShare} per workload.
 */
final class ReportJson {

    static final String SCHEMA = "reuse-agent/bench/startup/v2";

    private final StartupReport r;

    ReportJson(StartupReport report) {
        this.r = report;
    }

    Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("settings", r.settings);
        List<Object> configList = new ArrayList<>();
        for (StartupConfig c : r.configs) {
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
        root.put("floor", floor());
        List<Object> workloadList = new ArrayList<>();
        for (Workload w : r.workloads) {
            workloadList.add(workload(w));
        }
        root.put("workloads", workloadList);
        return root;
    }

    private Map<String, Object> floor() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", r.emptyAgent.id());
        Map<String, Object> cds = new LinkedHashMap<>();
        cds.put("noAgent", r.cds.noAgent());
        cds.put("emptyAgent", r.cds.emptyAgent());
        m.put("cdsModuleLines", cds);
        m.put("agentTurnsOffFullModuleGraph", r.cds.agentTurnsOffModuleGraph());
        m.put("explanation", r.cds.explanation());
        return m;
    }

    private Map<String, Object> workload(Workload w) {
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
        for (StartupConfig c : r.configs) {
            byConfig.put(c.id(), result(w, c));
        }
        m.put("results", byConfig);
        return m;
    }

    private Map<String, Object> result(Workload w, StartupConfig c) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("runs", r.runs(w, c).size());
        cm.put("wallMs", stats(r.wallMs(w, c)));
        cm.put("peakRssMiB", stats(r.rssMiB(w, c)));
        ClassCounts cc = r.classes(w, c);
        if (cc != null) {
            Map<String, Object> classes = new LinkedHashMap<>();
            classes.put("total", cc.total());
            classes.put("agent", cc.agent());
            classes.put("byteBuddy", cc.byteBuddy());
            classes.put("rest", cc.rest());
            classes.put("classCountRunWallMs", r.classRun(w, c).wallMillis());
            cm.put("classes", classes);
        }
        Map<String, Object> first = new LinkedHashMap<>();
        for (StartupClient client : w.clients) {
            Map<String, Object> fm = stats(r.firstRequestMs(w, c, client));
            if (!c.isBaseline()) {
                double a = added(r.firstRequestMs(w, c, client), r.firstRequestMs(w, r.baseline, client));
                fm.put("addedMs", a);
                if (c.isReuseAgent()) {
                    fm.put("verdict", verdict(a, Workload.FIRST_REQUEST_GOAL_MS));
                }
            }
            first.put(client.id, fm);
        }
        cm.put("firstRequestMs", first);
        if (c.isBaseline()) {
            return cm;
        }
        Map<String, Object> added = new LinkedHashMap<>();
        double addedWall = r.addedWallMs(w, c, r.baseline);
        double addedRss = r.addedRssMiB(w, c, r.baseline);
        added.put("wallMs", addedWall);
        added.put("peakRssMiB", addedRss);
        ClassCounts baseClasses = r.classes(w, r.baseline);
        if (cc != null && baseClasses != null) {
            added.put("restClasses", cc.rest() - baseClasses.rest());
        }
        cm.put("added", added);
        if (c.isReuseAgent()) {
            Map<String, Object> verdicts = new LinkedHashMap<>();
            verdicts.put("wall", verdict(addedWall / 1000, w.maxAddedWallSeconds));
            verdicts.put("peakRss", verdict(addedRss, w.maxAddedPeakRssMiB));
            if (w.noByteBuddy) {
                verdicts.put("byteBuddy", StartupReport.byteBuddyVerdict(cc));
            }
            cm.put("verdicts", verdicts);
            Map<String, Object> ownShare = new LinkedHashMap<>();
            ownShare.put("over", r.emptyAgent.id());
            ownShare.put("wallMs", r.addedWallMs(w, c, r.emptyAgent));
            ownShare.put("peakRssMiB", r.addedRssMiB(w, c, r.emptyAgent));
            cm.put("ownShare", ownShare);
            Stats start = r.agentStartMs(w, c);
            cm.put("agentStartLineMs", start.isEmpty() ? null : stats(start));
            Stats connections = r.agentConnections(w, c);
            cm.put("agentReportedConnections", connections.isEmpty() ? null : stats(connections));
        }
        return cm;
    }

    private static Map<String, Object> stats(Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", s.median());
        m.put("min", s.min());
        m.put("max", s.max());
        m.put("values", s.values());
        return m;
    }
}
