package dev.reuseagent.bench.startup;

import static dev.reuseagent.bench.startup.ReportFormat.line;
import static dev.reuseagent.bench.startup.ReportFormat.range;
import static dev.reuseagent.bench.startup.ReportFormat.signed;
import static dev.reuseagent.bench.startup.ReportFormat.trim;
import static dev.reuseagent.bench.startup.StartupReport.added;
import static dev.reuseagent.bench.startup.StartupReport.verdict;

import java.util.Locale;

/**
 * One probe's part of the printed report: a row per configuration (wall, peak RSS, classes, each with what it adds
 * over no agent), reuse-agent's verdicts and own share, the first-request table and the class-count runs' wall.
 */
final class WorkloadText {

    private final StartupReport r;
    private final Workload w;
    /** "  %-31s" for the configuration column, wider when a label is longer. */
    private final String labelColumn;

    WorkloadText(StartupReport report, Workload workload) {
        this.r = report;
        this.w = workload;
        this.labelColumn = "  %-" + StartupConfig.labelWidth(report.configs) + "s";
    }

    void appendTo(StringBuilder out) {
        line(out, "");
        line(out, "probe %s: %s", w.id, w.description);
        configurationTable(out);
        if (r.reuse != null) {
            reuseAgentLines(out);
        }
        if (!w.clients.isEmpty()) {
            firstRequestTable(out);
        }
        classCountRunWall(out);
    }

    private void configurationTable(StringBuilder out) {
        String row = labelColumn + " %-29s %8s   %-33s %7s   %s";
        line(out, row, "configuration", "wall ms: median [min .. max]", "added", "peak RSS MiB: median [min .. max]",
                "added", "classes: total = agent + Byte Buddy + rest (rest added)");
        ClassCounts baseClasses = r.classes(w, r.baseline);
        for (StartupConfig c : r.configs) {
            String addedWall = c.isBaseline() ? "-" : signed(r.addedWallMs(w, c, r.baseline), "%.0f");
            String addedRss = c.isBaseline() ? "-" : signed(r.addedRssMiB(w, c, r.baseline), "%.1f");
            ClassCounts cc = r.classes(w, c);
            String classText = cc == null ? "n/a" : String.format(Locale.ROOT, "%5d = %4d + %4d + %5d", cc.total(),
                    cc.agent(), cc.byteBuddy(), cc.rest())
                    + (c.isBaseline() || baseClasses == null ? "" : " (" + signed(cc.rest() - baseClasses.rest(), "%.0f") + ")");
            line(out, row, c.label(), range(r.wallMs(w, c), "%.0f"), addedWall, range(r.rssMiB(w, c), "%.1f"),
                    addedRss, classText);
        }
    }

    /** Verdicts against the goals (vs no agent, as the goals are set), then the share over the empty agent. */
    private void reuseAgentLines(StringBuilder out) {
        double addedWallS = r.addedWallMs(w, r.reuse, r.baseline) / 1000;
        double addedRss = r.addedRssMiB(w, r.reuse, r.baseline);
        StringBuilder goals = new StringBuilder(String.format(Locale.ROOT,
                "  reuse-agent goals: added wall %s s (<= %s s) %s; added peak RSS %s MiB (<= %s MiB) %s",
                signed(addedWallS, "%.3f"), trim(w.maxAddedWallSeconds), verdict(addedWallS, w.maxAddedWallSeconds),
                signed(addedRss, "%.1f"), trim(w.maxAddedPeakRssMiB), verdict(addedRss, w.maxAddedPeakRssMiB)));
        if (w.noByteBuddy) {
            ClassCounts cc = r.classes(w, r.reuse);
            goals.append(cc == null ? "; Byte Buddy classes n/a" : String.format(Locale.ROOT,
                    "; Byte Buddy classes %d (0) %s", cc.byteBuddy(), StartupReport.byteBuddyVerdict(cc)));
        }
        goals.append(String.format(Locale.ROOT, "; own share (over the empty agent): wall %s ms, peak RSS %s MiB",
                signed(r.addedWallMs(w, r.reuse, r.emptyAgent), "%.0f"),
                signed(r.addedRssMiB(w, r.reuse, r.emptyAgent), "%.1f")));
        line(out, "%s", goals);
        Stats start = r.agentStartMs(w, r.reuse);
        Stats connections = r.agentConnections(w, r.reuse);
        line(out, "  reuse-agent's own start line: %s; connections its summary reported: %s (the probe opened %d)",
                start.isEmpty() ? "none printed" : "started in " + range(start, "%.0f") + " ms",
                connections.isEmpty() ? "no summary" : range(connections, "%.0f"), w.clients.size());
    }

    private void firstRequestTable(StringBuilder out) {
        line(out, "  first request inside the process (build the client + request + read the body), ms: "
                + "median [min .. max] (added)%s", w.clients.size() > 1 ? ", clients in this order" : "");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-15s", "client"));
        for (StartupConfig c : r.configs) {
            header.append(String.format(Locale.ROOT, " %-40s", c.label()));
        }
        line(out, "%s goal: reuse-agent adds <= %s ms", header, trim(Workload.FIRST_REQUEST_GOAL_MS));
        for (StartupClient client : w.clients) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-15s", client.id));
            Stats base = r.firstRequestMs(w, r.baseline, client);
            String verdict = "n/a";
            for (StartupConfig c : r.configs) {
                Stats s = r.firstRequestMs(w, c, client);
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

    private void classCountRunWall(StringBuilder out) {
        StringBuilder classWall = new StringBuilder("  class-count run (-Xlog:class+load, not a timed run) wall ms:");
        boolean any = false;
        for (StartupConfig c : r.configs) {
            ProbeRun run = r.classRun(w, c);
            if (run != null) {
                classWall.append(String.format(Locale.ROOT, " %s %.0f;", c.label(), run.wallMillis()));
                any = true;
            }
        }
        if (any) {
            line(out, "%s", classWall.substring(0, classWall.length() - 1));
        }
    }
}
