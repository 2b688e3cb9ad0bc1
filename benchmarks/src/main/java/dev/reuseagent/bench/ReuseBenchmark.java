package dev.reuseagent.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import dev.reuseagent.bench.clients.Getter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * The reused-request hot path of one HTTP client (DESIGN.md section 9): one GET per operation against a loopback
 * keep-alive server that lives in the same (forked) JVM. The body is read fully and closed, so the connection goes
 * back to the client's pool and every operation after the first reuses it. Which client: the {@link #getter}
 * parameter, a {@link Getter} class name (see {@link BenchClient}).
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

    /** Requests issued in {@link #setUp()} to verify that the connection really is reused. */
    private static final int PROBE_REQUESTS = 200;

    /**
     * Server handler threads: 0 runs the handler on the server's dispatcher thread (fewest threads and hand-offs,
     * the least scheduling noise on a small machine); N > 0 uses a fixed pool of N threads.
     */
    @Param("0")
    public int serverThreads;

    /** The {@link Getter} implementation to measure. */
    @Param("dev.reuseagent.bench.clients.UrlConnectionGetter")
    public String getter;

    private HttpServer server;
    private ExecutorService executor;
    private Getter client;

    /** Counts distinct client connections seen by the server, only while {@link #counting} is set (set-up probe). */
    private volatile boolean counting;
    private final AtomicInteger probeConnections = new AtomicInteger();
    private volatile int lastRemotePort = -1;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        byte[] body = new byte[BODY_SIZE];
        Arrays.fill(body, (byte) 'x');
        // The JDK server writes the response headers and the body in two segments; without TCP_NODELAY on the
        // accepted socket, Nagle + the client's delayed ACK cost ~40 ms per request and we would measure that.
        // Read once, when the server implementation initializes, i.e. must be set before HttpServer.create.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        if (serverThreads > 0) {
            executor = Executors.newFixedThreadPool(serverThreads, r -> {
                Thread t = new Thread(r, "bench-http-server");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
        } // else: the default executor, i.e. the dispatcher thread
        server.createContext("/hot", exchange -> handle(exchange, body));
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hot";
        client = (Getter) Class.forName(getter).getConstructor(String.class).newInstance(url);

        // Sanity check: the loop must measure the reused path, i.e. one TCP connection for many requests.
        counting = true;
        for (int i = 0; i < PROBE_REQUESTS; i++) {
            get();
        }
        counting = false;
        int connections = probeConnections.get();
        if (connections != 1) {
            throw new IllegalStateException("expected " + PROBE_REQUESTS + " requests over 1 keep-alive connection, "
                    + "the server saw " + connections + " connections: the benchmark would not measure the reused path");
        }
    }

    private void handle(HttpExchange exchange, byte[] body) throws IOException {
        if (counting) {
            int port = exchange.getRemoteAddress().getPort();
            if (port != lastRemotePort) {
                lastRemotePort = port;
                probeConnections.incrementAndGet();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, body.length); // Content-Length: 64, keep-alive
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /**
     * Per iteration, next to the operations the benchmark (client) thread made: the bytes that thread allocated
     * (the agent's advice runs on it, while {@code gc.alloc.rate.norm} also counts the in-process server), its CPU
     * time, and the CPU time of the whole fork (client, server, the client library's own threads, GC, JIT). CPU
     * time per request is the agent's cost without the scheduling noise of a loopback ping-pong, which on a small
     * machine moves throughput by more than the 3 % being tested. {@link HotPathBenchmark} divides them by
     * {@code clientOps}. Reported as JMH secondary results.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class ClientCounters {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        public long clientAllocBytes;
        public long clientCpuNanos;
        public long processCpuNanos;
        public long clientOps;
        private long allocStart;
        private long clientCpuStart;
        private long processCpuStart;

        @Setup(Level.Iteration)
        public void begin() {
            clientOps = 0;
            clientAllocBytes = 0;
            clientCpuNanos = 0;
            processCpuNanos = 0;
            allocStart = THREADS.getCurrentThreadAllocatedBytes();
            clientCpuStart = THREADS.getCurrentThreadCpuTime();
            processCpuStart = OS.getProcessCpuTime();
        }

        @TearDown(Level.Iteration)
        public void end() {
            processCpuNanos = OS.getProcessCpuTime() - processCpuStart;
            clientCpuNanos = THREADS.getCurrentThreadCpuTime() - clientCpuStart;
            clientAllocBytes = THREADS.getCurrentThreadAllocatedBytes() - allocStart;
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
