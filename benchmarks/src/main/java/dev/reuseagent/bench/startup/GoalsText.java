package dev.reuseagent.bench.startup;

import static dev.reuseagent.bench.startup.ReportFormat.line;
import static dev.reuseagent.bench.startup.ReportFormat.signed;
import static dev.reuseagent.bench.startup.ReportFormat.trim;
import static dev.reuseagent.bench.startup.StartupReport.added;
import static dev.reuseagent.bench.startup.StartupReport.verdict;

import java.util.Locale;

/**
 * The end of the printed report: reuse-agent against every goal (PASS/MISS on what it adds over no agent, as the
 * goals are set) with its own share beside it (what it adds over the empty agent), the floor and why it is there,
 * the first requests, and its added wall time next to each other real agent's.
 */
final class GoalsText {

    private static final String ROW = "  %-16s %-28s %-30s %-30s %s";

    private final StartupReport r;

    GoalsText(StartupReport report) {
        this.r = report;
    }

    void appendTo(StringBuilder out) {
        if (r.reuse == null) {
            return;
        }
        line(out, "");
        line(out, "reuse-agent against the start-up goals (median with agent - median without, %s measured runs):",
                r.settings.get("runs"));
        line(out, ROW, "workload", "added wall", "added peak RSS", "own share: wall, peak RSS", "other");
        for (Workload w : r.workloads) {
            goalRow(w, out);
        }
        floor(out);
        firstRequests(out);
        otherAgents(out);
    }

    private void goalRow(Workload w, StringBuilder out) {
        double addedWallS = r.addedWallMs(w, r.reuse, r.baseline) / 1000;
        double addedRss = r.addedRssMiB(w, r.reuse, r.baseline);
        String ownShare = signed(r.addedWallMs(w, r.reuse, r.emptyAgent), "%.0f") + " ms, "
                + signed(r.addedRssMiB(w, r.reuse, r.emptyAgent), "%.1f") + " MiB";
        String other = "";
        if (w.noByteBuddy) {
            ClassCounts cc = r.classes(w, r.reuse);
            other = cc == null ? "Byte Buddy classes n/a" : "Byte Buddy classes " + cc.byteBuddy() + " (0) "
                    + StartupReport.byteBuddyVerdict(cc);
        }
        line(out, ROW, w.id,
                String.format(Locale.ROOT, "%s s (<= %s) %s", signed(addedWallS, "%.3f"),
                        trim(w.maxAddedWallSeconds), verdict(addedWallS, w.maxAddedWallSeconds)),
                String.format(Locale.ROOT, "%s MiB (<= %s) %s", signed(addedRss, "%.1f"),
                        trim(w.maxAddedPeakRssMiB), verdict(addedRss, w.maxAddedPeakRssMiB)), ownShare, other);
    }

    /** What the empty agent adds per probe (added wall = floor + own share), and the measured reason for it. */
    private void floor(StringBuilder out) {
        StringBuilder row = new StringBuilder();
        for (Workload w : r.workloads) {
            row.append(String.format(Locale.ROOT, "%s %s ms, %s MiB; ", w.id,
                    signed(r.addedWallMs(w, r.emptyAgent, r.baseline), "%.0f"),
                    signed(r.addedRssMiB(w, r.emptyAgent, r.baseline), "%.1f")));
        }
        line(out, "  floor, what an empty -javaagent adds (added = floor + own share): %s",
                row.substring(0, row.length() - 2));
        line(out, "  why the floor: %s", r.cds.explanation());
    }

    private void firstRequests(StringBuilder out) {
        Workload firstRequests = r.workloads.contains(Workload.ALL) ? Workload.ALL
                : r.workloads.contains(Workload.URLCONNECTION) ? Workload.URLCONNECTION : null;
        if (firstRequests == null) {
            return;
        }
        StringBuilder row = new StringBuilder();
        for (StartupClient client : firstRequests.clients) {
            double a = added(r.firstRequestMs(firstRequests, r.reuse, client),
                    r.firstRequestMs(firstRequests, r.baseline, client));
            row.append(String.format(Locale.ROOT, "%s %s ms %s; ", client.id, signed(a, "%.1f"),
                    verdict(a, Workload.FIRST_REQUEST_GOAL_MS)));
        }
        line(out, "  first request (probe %s, goal <= %s ms added): %s", firstRequests.id,
                trim(Workload.FIRST_REQUEST_GOAL_MS), row.substring(0, row.length() - 2));
    }

    /** The empty agent is left out here: the floor line above already compares it. */
    private void otherAgents(StringBuilder out) {
        for (StartupConfig c : r.configs) {
            if (c.isBaseline() || c.isReuseAgent() || c.isEmptyAgent()) {
                continue;
            }
            StringBuilder row = new StringBuilder();
            for (Workload w : r.workloads) {
                row.append(String.format(Locale.ROOT, "%s %s ms vs %s ms; ", w.id,
                        signed(r.addedWallMs(w, r.reuse, r.baseline), "%.0f"),
                        signed(r.addedWallMs(w, c, r.baseline), "%.0f")));
            }
            line(out, "  wall added, reuse-agent vs %s: %s", c.label(), row.substring(0, row.length() - 2));
        }
    }
}
