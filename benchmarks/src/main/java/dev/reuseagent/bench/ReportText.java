package dev.reuseagent.bench;

import java.util.List;
import java.util.Locale;

/** The printed report: one block per client, then the per-client tables. Numbers only, no decisions. */
final class ReportText {

    private ReportText() {
    }

    /** The report of one run of the benchmark, as printed at the end. */
    static String of(RunSettings settings, List<ClientResult> results) {
        StringBuilder text = new StringBuilder();
        for (ClientResult r : results) {
            text.append(describe(r));
        }
        text.append(String.format(Locale.ROOT, "%nratio with/without agent per client (target >= %.2f):%n",
                ClientResult.TARGET_RATIO));
        for (ClientResult r : results) {
            text.append(String.format(Locale.ROOT, "  %-14s %.3f ± %.3f  rounds %s  client-thread alloc %s B/op  %s%n",
                    r.client.id, r.ratio, r.ratioError, r.roundRatios(), signed(r.clientAllocDiff),
                    r.meetsTarget() ? "met" : "NOT met"));
        }
        text.append(String.format(Locale.ROOT,
                "%nCPU per request, ratio without/with agent per client (all threads of the fork; target >= %.2f):%n",
                ClientResult.TARGET_RATIO));
        for (ClientResult r : results) {
            text.append(String.format(Locale.ROOT, "  %-14s %.3f ± %.3f  rounds %s  (%s us -> %s us)  %s%n",
                    r.client.id, r.cpuRatio, r.cpuRatioError, r.roundCpuRatios(), fmt3(r.w.cpuMean),
                    fmt3(r.a.cpuMean), r.cpuMeetsTarget() ? "met" : "NOT met"));
        }
        text.append("  (± is the ").append(Stats.CONFIDENCE * 100).append("% confidence interval over all measurement "
                + "iterations of all rounds, propagated to the ratio)\n");
        if (settings.profile) {
            text.append(String.format(Locale.ROOT,
                    "%nagent code's share of the JFR execution samples of all threads (a separate run with the agent, "
                            + "sampling every %s):%n", settings.profilePeriod));
            for (ClientResult r : results) {
                text.append(String.format(Locale.ROOT, "  %-14s %s%n", r.client.id,
                        r.profile == null ? "not measured" : r.profile.describe()));
            }
        }
        text.append("  ").append(settings.pinning.describe()).append('\n');
        return text.toString();
    }

    /** The block of one client: both configurations, the ratios, then round by round. */
    static String describe(ClientResult r) {
        Summary w = r.w;
        Summary a = r.a;
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%n%s, reused keep-alive connection, loopback%n", r.client.description));
        text.append(String.format(Locale.ROOT, "  without agent: %s ops/s   alloc %s B/op%n",
                pm(w.opsMean, w.opsError), fmt1(w.allocMean)));
        text.append(String.format(Locale.ROOT, "  with agent:    %s ops/s   alloc %s B/op%n",
                pm(a.opsMean, a.opsError), fmt1(a.allocMean)));
        text.append(String.format(Locale.ROOT,
                "  ratio with/without: %.3f (target >= %.2f: %s)   alloc difference: %s B/op%n",
                r.ratio, ClientResult.TARGET_RATIO, r.meetsTarget() ? "met" : "NOT met", signed(r.allocDiff)));
        text.append(String.format(Locale.ROOT,
                "  CPU per request (all threads of the fork): without %s us, with %s us; ratio without/with "
                        + "%.3f ± %.3f (target >= %.2f: %s)%n",
                pm3(w.cpuMean, w.cpuError), pm3(a.cpuMean, a.cpuError), r.cpuRatio, r.cpuRatioError,
                ClientResult.TARGET_RATIO, r.cpuMeetsTarget() ? "met" : "NOT met"));
        text.append(String.format(Locale.ROOT,
                "  CPU per request, client thread only: without %s us, with %s us%n",
                pm3(w.clientCpuMean, w.clientCpuError), pm3(a.clientCpuMean, a.clientCpuError)));
        if (r.profile != null) {
            text.append("  agent code in JFR execution samples (a separate run with the agent): ")
                    .append(r.profile.describe()).append("; most seen: ").append(r.profile.topMethods(5))
                    .append('\n');
        }
        text.append(String.format(Locale.ROOT,
                "  client thread only (where the agent's advice runs): without %s B/op, with %s B/op, "
                        + "difference %s B/op%n",
                fmt1(w.clientAllocMean), fmt1(a.clientAllocMean), signed(r.clientAllocDiff)));
        for (int i = 0; i < r.without.size(); i++) {
            RoundResult r0 = r.without.get(i);
            RoundResult r1 = r.with.get(i);
            text.append(String.format(Locale.ROOT,
                    "    round %d: without %s ops/s alloc %s B/op (client %s) cpu %s us | with %s ops/s alloc %s "
                            + "B/op (client %s) cpu %s us | ratio %.3f, cpu ratio %.3f%n",
                    i + 1, pm(r0.opsScore, r0.opsError), fmt1(r0.allocScore), fmt1(r0.clientAllocScore),
                    fmt3(r0.cpuScore), pm(r1.opsScore, r1.opsError), fmt1(r1.allocScore),
                    fmt1(r1.clientAllocScore), fmt3(r1.cpuScore), r1.opsScore / r0.opsScore,
                    r0.cpuScore / r1.cpuScore));
        }
        return text.toString();
    }

    static String pm(double score, double error) {
        return Double.isNaN(error) ? fmt1(score) : fmt1(score) + " ± " + fmt1(error);
    }

    static String pm3(double score, double error) {
        return Double.isNaN(error) ? fmt3(score) : fmt3(score) + " ± " + fmt3(error);
    }

    static String fmt3(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    static String fmt1(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.1f", d);
    }

    static String signed(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%+.1f", d);
    }
}
