package dev.reuseagent.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/** Without/with results of one client and the ratios derived from them. */
final class ClientResult {

    /** docs/contracts.md §9: throughput with the agent at least 97 % of throughput without it. */
    static final double TARGET_RATIO = 0.97;

    final BenchClient client;
    final List<RoundResult> without;
    final List<RoundResult> with;
    final Summary w;
    final Summary a;
    final double ratio;
    final double ratioError;
    final double allocDiff;
    final double clientAllocDiff;
    /** CPU per request without / with: the throughput ratio the agent's CPU cost alone allows. */
    final double cpuRatio;
    final double cpuRatioError;
    /** The same for the CPU time of the client thread(s) alone, where the advice of most hooks runs. */
    final double clientCpuRatio;
    final double clientCpuRatioError;

    /** The agent's share of the CPU samples of a profiled run with it; null when not measured. */
    final AgentShareProfile profile;

    ClientResult(BenchClient client, List<RoundResult> without, List<RoundResult> with, AgentShareProfile profile) {
        this.client = client;
        this.profile = profile;
        this.without = without;
        this.with = with;
        this.w = Summary.of(without);
        this.a = Summary.of(with);
        Stats.Ratio throughput = Stats.ratio(a.opsMean, a.opsError, w.opsMean, w.opsError);
        this.ratio = throughput.value();
        this.ratioError = throughput.error();
        this.allocDiff = a.allocMean - w.allocMean;
        this.clientAllocDiff = a.clientAllocMean - w.clientAllocMean;
        // inverted on purpose: less CPU per request with the agent reads as a ratio above 1, like throughput
        Stats.Ratio cpu = Stats.ratio(w.cpuMean, w.cpuError, a.cpuMean, a.cpuError);
        this.cpuRatio = cpu.value();
        this.cpuRatioError = cpu.error();
        Stats.Ratio clientCpu = Stats.ratio(w.clientCpuMean, w.clientCpuError, a.clientCpuMean, a.clientCpuError);
        this.clientCpuRatio = clientCpu.value();
        this.clientCpuRatioError = clientCpu.error();
    }

    boolean meetsTarget() {
        return ratio >= TARGET_RATIO;
    }

    boolean cpuMeetsTarget() {
        return cpuRatio >= TARGET_RATIO;
    }

    /** Throughput ratio with/without of each round, e.g. "1.001/0.985/0.984". */
    String roundRatios() {
        return perRound((w, a) -> a.opsScore / w.opsScore);
    }

    /** CPU-per-request ratio without/with of each round. */
    String roundCpuRatios() {
        return perRound((w, a) -> w.cpuScore / a.cpuScore);
    }

    /** Client-thread CPU-per-request ratio without/with of each round. */
    String roundClientCpuRatios() {
        return perRound((w, a) -> w.clientCpuScore / a.clientCpuScore);
    }

    /** Most server connections of any run of one configuration, -1 if none reported. */
    static int serverConnections(List<RoundResult> rounds) {
        return rounds.stream().mapToInt(r -> r.serverConnections).max().orElse(-1);
    }

    private String perRound(ToDoubleBiFunction<RoundResult, RoundResult> ratio) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < without.size(); i++) {
            b.append(i == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.3f",
                    ratio.applyAsDouble(without.get(i), with.get(i))));
        }
        return b.toString();
    }
}
