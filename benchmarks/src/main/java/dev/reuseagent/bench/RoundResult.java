package dev.reuseagent.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH run (one configuration, one round) of one client: its scores and every measurement iteration's values,
 * read from JMH's results. The per-iteration values are kept because {@link Summary} pools iterations, not runs.
 */
final class RoundResult {
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";
    /** Aux counters of {@link ClientCounters}. */
    private static final String CLIENT_ALLOC_BYTES = "clientAllocBytes";
    private static final String CLIENT_CPU = "clientCpuNanos";
    private static final String PROCESS_CPU = "processCpuNanos";
    private static final String CLIENT_OPS = "clientOps";
    private static final String SERVER_CONNECTIONS = "serverConnections";

    final int round;
    final double opsScore;
    final double opsError;
    final double allocScore;
    final double clientAllocScore;
    /** CPU microseconds per request: all threads of the fork, and the client thread alone. */
    final double cpuScore;
    final double clientCpuScore;
    final List<Double> opsIterations;
    final List<Double> allocIterations;
    final List<Double> clientAllocIterations;
    final List<Double> cpuIterations;
    final List<Double> clientCpuIterations;
    /**
     * Client connections the fork's server had seen by the last measurement iteration, -1 if not reported. With
     * one client thread it counted during the set-up probe only (the probe requires 1); with several, all along.
     */
    final int serverConnections;

    private RoundResult(int round, double opsScore, double opsError, double allocScore, double clientAllocScore,
            double cpuScore, double clientCpuScore, List<Double> opsIterations, List<Double> allocIterations,
            List<Double> clientAllocIterations, List<Double> cpuIterations, List<Double> clientCpuIterations,
            int serverConnections) {
        this.round = round;
        this.opsScore = opsScore;
        this.opsError = opsError;
        this.allocScore = allocScore;
        this.clientAllocScore = clientAllocScore;
        this.cpuScore = cpuScore;
        this.clientCpuScore = clientCpuScore;
        this.opsIterations = opsIterations;
        this.allocIterations = allocIterations;
        this.clientAllocIterations = clientAllocIterations;
        this.cpuIterations = cpuIterations;
        this.clientCpuIterations = clientCpuIterations;
        this.serverConnections = serverConnections;
    }

    /**
     * Reads one run. The per-request figures of a run divide the sums of the counters of all its iterations (not the
     * mean of per-iteration quotients), so an iteration with more operations weighs more, as in JMH's own score.
     */
    static RoundResult of(Collection<RunResult> results, int round) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one benchmark result, got " + results.size());
        }
        RunResult rr = results.iterator().next();
        List<Double> ops = new ArrayList<>();
        List<Double> alloc = new ArrayList<>();
        List<Double> clientAlloc = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> clientCpu = new ArrayList<>();
        double clientBytes = 0;
        double clientOps = 0;
        double cpuNanos = 0;
        double clientCpuNanos = 0;
        int connections = -1;
        for (BenchmarkResult br : rr.getBenchmarkResults()) {
            for (IterationResult ir : br.getIterationResults()) {
                ops.add(ir.getPrimaryResult().getScore());
                Map<String, Result> secondary = ir.getSecondaryResults();
                Result<?> a = findAlloc(secondary);
                if (a != null) {
                    alloc.add(a.getScore());
                }
                Result<?> seen = secondary.get(SERVER_CONNECTIONS);
                if (seen != null) {
                    connections = Math.max(connections, (int) seen.getScore());
                }
                Result<?> bytes = secondary.get(CLIENT_ALLOC_BYTES);
                Result<?> count = secondary.get(CLIENT_OPS);
                if (bytes != null && count != null && count.getScore() > 0) {
                    clientAlloc.add(bytes.getScore() / count.getScore());
                    clientBytes += bytes.getScore();
                    clientOps += count.getScore();
                    Result<?> processNanos = secondary.get(PROCESS_CPU);
                    Result<?> threadNanos = secondary.get(CLIENT_CPU);
                    if (processNanos != null && threadNanos != null) {
                        cpu.add(processNanos.getScore() / count.getScore() / 1000.0);
                        clientCpu.add(threadNanos.getScore() / count.getScore() / 1000.0);
                        cpuNanos += processNanos.getScore();
                        clientCpuNanos += threadNanos.getScore();
                    }
                }
            }
        }
        Result<?> allocAggregate = findAlloc(rr.getSecondaryResults());
        double allocScore = allocAggregate != null ? allocAggregate.getScore() : Double.NaN;
        if (alloc.isEmpty() && allocAggregate != null) {
            alloc.add(allocScore);
        }
        Result<?> primary = rr.getPrimaryResult();
        return new RoundResult(round, primary.getScore(), primary.getScoreError(), allocScore,
                clientOps > 0 ? clientBytes / clientOps : Double.NaN,
                clientOps > 0 && !cpu.isEmpty() ? cpuNanos / clientOps / 1000.0 : Double.NaN,
                clientOps > 0 && !cpu.isEmpty() ? clientCpuNanos / clientOps / 1000.0 : Double.NaN,
                ops, alloc, clientAlloc, cpu, clientCpu, connections);
    }

    private static Result<?> findAlloc(Map<String, Result> secondary) {
        for (Map.Entry<String, Result> e : secondary.entrySet()) {
            // JMH labels it "gc.alloc.rate.norm" (older versions prefix a middle dot)
            if (e.getKey().endsWith(ALLOC_NORM)) {
                return e.getValue();
            }
        }
        return null;
    }
}
