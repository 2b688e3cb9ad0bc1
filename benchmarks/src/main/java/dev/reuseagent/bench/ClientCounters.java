package dev.reuseagent.bench;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per iteration, next to the operations the benchmark (client) thread made: the bytes that thread allocated
 * (the agent's advice runs on it, while {@code gc.alloc.rate.norm} also counts the in-process server), its CPU
 * time, and the CPU time of the whole fork (client, server, the client library's own threads, GC, JIT). CPU
 * time per request is the agent's cost without the scheduling noise of a loopback ping-pong, which on a small
 * machine moves throughput by more than the 3 % being tested. {@link RoundResult} divides them by
 * {@code clientOps}. Reported as JMH secondary results.
 *
 * <p>One instance per client thread; JMH sums each counter over the threads. That is right for the per-thread
 * counters (operations, allocation and CPU of all client threads), but the process CPU and the server's connection
 * count belong to the whole fork, so only one thread, the first to start an iteration, reports them; the others
 * leave them at 0. With one client thread that is the one thread, as before.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ClientCounters {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long clientAllocBytes;
    public long clientCpuNanos;
    public long processCpuNanos;
    public long clientOps;
    /** Client connections the server had seen by the end of the iteration (see {@link LoopbackServer}). */
    public long serverConnections;
    private long allocStart;
    private long clientCpuStart;
    private long processCpuStart;
    private boolean forkWide;

    @Setup(Level.Iteration)
    public void begin(ReuseBenchmark benchmark) {
        forkWide = benchmark.claimForkWideCounters(this);
        clientOps = 0;
        clientAllocBytes = 0;
        clientCpuNanos = 0;
        processCpuNanos = 0;
        serverConnections = 0;
        allocStart = THREADS.getCurrentThreadAllocatedBytes();
        clientCpuStart = THREADS.getCurrentThreadCpuTime();
        processCpuStart = forkWide ? OS.getProcessCpuTime() : 0;
    }

    @TearDown(Level.Iteration)
    public void end(ReuseBenchmark benchmark) {
        if (forkWide) {
            processCpuNanos = OS.getProcessCpuTime() - processCpuStart;
            serverConnections = benchmark.serverConnections();
        }
        clientCpuNanos = THREADS.getCurrentThreadCpuTime() - clientCpuStart;
        clientAllocBytes = THREADS.getCurrentThreadAllocatedBytes() - allocStart;
    }
}
