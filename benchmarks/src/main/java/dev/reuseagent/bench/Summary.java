package dev.reuseagent.bench;

import java.util.List;
import org.openjdk.jmh.util.ListStatistics;

/**
 * One configuration (without or with the agent) of one client, pooled over the measurement iterations of all its
 * rounds. Pooling iterations rather than averaging round means keeps a round with a noisy fork from counting as
 * much as a steady one, and gives the interval enough values to be meaningful with few rounds.
 */
final class Summary {
    final double opsMean;
    final double opsError;
    final double allocMean;
    final double allocError;
    final double clientAllocMean;
    final double clientAllocError;
    final double cpuMean;
    final double cpuError;
    final double clientCpuMean;
    final double clientCpuError;

    private Summary(ListStatistics ops, ListStatistics alloc, ListStatistics clientAlloc, ListStatistics cpu,
            ListStatistics clientCpu) {
        this.opsMean = Stats.mean(ops);
        this.opsError = Stats.error(ops);
        this.allocMean = Stats.mean(alloc);
        this.allocError = Stats.error(alloc);
        this.clientAllocMean = Stats.mean(clientAlloc);
        this.clientAllocError = Stats.error(clientAlloc);
        this.cpuMean = Stats.mean(cpu);
        this.cpuError = Stats.error(cpu);
        this.clientCpuMean = Stats.mean(clientCpu);
        this.clientCpuError = Stats.error(clientCpu);
    }

    static Summary of(List<RoundResult> rounds) {
        ListStatistics ops = new ListStatistics();
        ListStatistics alloc = new ListStatistics();
        ListStatistics clientAlloc = new ListStatistics();
        ListStatistics cpu = new ListStatistics();
        ListStatistics clientCpu = new ListStatistics();
        for (RoundResult r : rounds) {
            r.opsIterations.forEach(ops::addValue);
            r.allocIterations.forEach(alloc::addValue);
            r.clientAllocIterations.forEach(clientAlloc::addValue);
            r.cpuIterations.forEach(cpu::addValue);
            r.clientCpuIterations.forEach(clientCpu::addValue);
        }
        return new Summary(ops, alloc, clientAlloc, cpu, clientCpu);
    }
}
