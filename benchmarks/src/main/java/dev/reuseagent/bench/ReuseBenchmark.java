package dev.reuseagent.bench;

import dev.reuseagent.bench.clients.Getter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The reused-request hot path of one HTTP client (docs/contracts.md §9): one GET per operation against a loopback
 * keep-alive server ({@link LoopbackServer}) that lives in the same (forked) JVM. The body is read fully and
 * closed, so the connection goes back to the client's pool and every operation after the first reuses it. Which
 * client: the {@link #getter} parameter, a {@link Getter} class name (see {@link BenchClient}).
 *
 * <p>JMH threads (1 by default; {@link HotPathBenchmark} runs 8 in the threads8 variant) share the one client, as
 * the threads of an application share theirs; {@link #poolSize} then sizes its pool for them.
 *
 * <p>Run it through {@link HotPathBenchmark}, which runs it without and with the agent attached, per client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ReuseBenchmark {

    /** Size of the fixed response body. */
    static final int BODY_SIZE = 64;

    /** Requests issued in {@link #setUp} by each client thread to verify that connections really are reused. */
    private static final int PROBE_REQUESTS = 200;

    /** Server handler threads: 0 runs the handler on the server's dispatcher thread; N > 0 a fixed pool of N. */
    @Param("0")
    public int serverThreads;

    /** The {@link Getter} implementation to measure. */
    @Param("dev.reuseagent.bench.clients.UrlConnectionGetter")
    public String getter;

    /** 0: the client as built by default (one thread needs one connection); N: its pool configured for N. */
    @Param("0")
    public int poolSize;

    private LoopbackServer server;
    private Getter client;
    /** The {@link ClientCounters} that reports the fork-wide counters (process CPU, server connections). */
    private final AtomicReference<ClientCounters> forkWideCounters = new AtomicReference<>();

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        int threads = params.getThreads();
        server = new LoopbackServer(BODY_SIZE, serverThreads, threads > 1);
        String url = server.url();
        client = poolSize == 0
                ? (Getter) Class.forName(getter).getConstructor(String.class).newInstance(url)
                : (Getter) Class.forName(getter).getConstructor(String.class, int.class).newInstance(url, poolSize);

        // Sanity check: the loop must measure the reused path, i.e. few TCP connections for many requests.
        server.counting(true);
        if (threads == 1) {
            for (int i = 0; i < PROBE_REQUESTS; i++) {
                get();
            }
            server.counting(false);
            if (server.connections() != 1) {
                throw new IllegalStateException("expected " + PROBE_REQUESTS + " requests over 1 keep-alive "
                        + "connection, the server saw " + server.connections() + " connections: the benchmark "
                        + "would not measure the reused path");
            }
        } else {
            probeConcurrently(threads);
            // counting stays on: the iterations report the count (ClientCounters.serverConnections)
            if (server.connections() > threads) {
                throw new IllegalStateException("expected " + threads + " threads x " + PROBE_REQUESTS + " requests "
                        + "over at most " + threads + " keep-alive connections, the server saw "
                        + server.connections() + ": the pool closes connections, the benchmark would not measure "
                        + "the reused path");
            }
        }
        System.out.println("# fork: " + Runtime.getRuntime().availableProcessors() + " CPU(s) visible, GC "
                + gcNames() + ", " + threads + " client thread(s), pool " + (poolSize == 0 ? "default" : poolSize)
                + ", server handler threads " + (serverThreads == 0 ? "dispatcher" : serverThreads) + "; probe: "
                + threads * PROBE_REQUESTS + " requests over " + server.connections() + " connection(s)");
    }

    /** Each of {@code threads} threads sends its probe requests, all starting together so that they overlap. */
    private void probeConcurrently(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < PROBE_REQUESTS; i++) {
                        get();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> gcNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList();
    }

    /** Whether {@code counters} reports the fork-wide counters: true for the first thread to ask, in each trial. */
    boolean claimForkWideCounters(ClientCounters counters) {
        return forkWideCounters.compareAndSet(null, counters) || forkWideCounters.get() == counters;
    }

    int serverConnections() {
        return server.connections();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** One GET on the (after the first call: reused) keep-alive connection; returns the number of body bytes. */
    @Benchmark
    public int get(ClientCounters counters) throws Exception {
        counters.clientOps++;
        return get();
    }

    int get() throws Exception {
        int total = client.get();
        if (total != BODY_SIZE) {
            throw new IllegalStateException("short body: " + total);
        }
        return total;
    }
}
