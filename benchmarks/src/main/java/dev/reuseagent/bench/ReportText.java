package dev.reuseagent.bench;

import java.util.List;
import java.util.Locale;

/**
 * The printed report: one block per client, then the per-client tables. The default variant's report is the one
 * the README quotes; the other variants add the client-thread CPU ratio (onecpu is there to explain a CPU
 * difference) and, with several client threads, the server's connection count.
 */
final class ReportText {

    private ReportText() {
    }

    /** The report of one run of the benchmark, as printed at the end. */
    static String of(RunSettings settings, List<ClientResult> results) {
        StringBuilder text = new StringBuilder();
        Variant variant = settings.variant;
        for (ClientResult r : results) {
            text.append(describe(r, variant));
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
        if (variant != Variant.DEFAULT) {
            text.append(String.format(Locale.ROOT, "%nCPU per request, %s, ratio without/with agent per client:%n",
                    clientThreads(variant)));
            for (ClientResult r : results) {
                text.append(String.format(Locale.ROOT, "  %-14s %.3f ± %.3f  rounds %s  (%s us -> %s us)%n",
                        r.client.id, r.clientCpuRatio, r.clientCpuRatioError, r.roundClientCpuRatios(),
                        fmt3(r.w.clientCpuMean), fmt3(r.a.clientCpuMean)));
            }
        }
        if (variant.threads > 1) {
            text.append(String.format(Locale.ROOT, "%nserver connections per client (%d client threads, pool of %d, "
                    + "counted over each whole fork; at most %d expected):%n", variant.threads, variant.poolSize,
                    variant.threads));
            for (ClientResult r : results) {
                text.append(String.format(Locale.ROOT, "  %-14s %s%n", r.client.id, connections(r, variant)));
            }
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
        text.append("  ").append(settings.launcher.describe()).append('\n');
        return text.toString();
    }

    /** The block of one client: both configurations, the ratios, then round by round. */
    static String describe(ClientResult r, Variant variant) {
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
        if (variant == Variant.DEFAULT) {
            text.append(String.format(Locale.ROOT,
                    "  CPU per request, client thread only: without %s us, with %s us%n",
                    pm3(w.clientCpuMean, w.clientCpuError), pm3(a.clientCpuMean, a.clientCpuError)));
        } else {
            text.append(String.format(Locale.ROOT,
                    "  CPU per request, %s: without %s us, with %s us; ratio without/with %.3f ± %.3f%n",
                    clientThreads(variant), pm3(w.clientCpuMean, w.clientCpuError),
                    pm3(a.clientCpuMean, a.clientCpuError), r.clientCpuRatio, r.clientCpuRatioError));
        }
        if (variant.threads > 1) {
            text.append("  server connections (counted over each whole fork): ").append(connections(r, variant))
                    .append('\n');
        }
        if (r.profile != null) {
            text.append("  agent code in JFR execution samples (a separate run with the agent): ")
                    .append(r.profile.describe()).append("; most seen: ").append(r.profile.topMethods(5))
                    .append('\n');
        }
        text.append(String.format(Locale.ROOT,
                "  %s (where the agent's advice runs): without %s B/op, with %s B/op, difference %s B/op%n",
                variant.threads == 1 ? "client thread only" : "client threads only", fmt1(w.clientAllocMean),
                fmt1(a.clientAllocMean), signed(r.clientAllocDiff)));
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
            if (variant != Variant.DEFAULT) {
                text.append(String.format(Locale.ROOT, "      client cpu %s -> %s us, ratio %.3f%s%n",
                        fmt3(r0.clientCpuScore), fmt3(r1.clientCpuScore), r0.clientCpuScore / r1.clientCpuScore,
                        variant.threads > 1 ? ", server connections " + r0.serverConnections + " -> "
                                + r1.serverConnections : ""));
            }
        }
        return text.toString();
    }

    private static String clientThreads(Variant variant) {
        return variant.threads == 1 ? "client thread only"
                : "client threads only (" + variant.threads + " threads' CPU summed)";
    }

    /** "without 8, with 8 (ok)": the most connections any fork of each configuration saw. */
    private static String connections(ClientResult r, Variant variant) {
        int without = ClientResult.serverConnections(r.without);
        int with = ClientResult.serverConnections(r.with);
        boolean ok = without >= 1 && with >= 1 && without <= variant.threads && with <= variant.threads;
        return "without " + without + ", with " + with + (ok ? " (ok)" : " (NOT the reused path: more than "
                + variant.threads + " or unknown)");
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
