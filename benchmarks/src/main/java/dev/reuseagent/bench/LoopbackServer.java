package dev.reuseagent.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The keep-alive server of the benchmark, in the forked JVM: a {@code com.sun.net.httpserver.HttpServer} on
 * 127.0.0.1 answering every GET with a fixed body and Content-Length, and a count of the client connections it
 * saw, by remote port, which tells whether the clients really reused their connections.
 *
 * <p>Two ways of counting. One client thread: a change of remote port is a new connection (a strict test: A, B, A
 * counts three), counted during the set-up probe only, so the measured requests pay nothing for it. Several client
 * threads: their requests interleave over several connections, so distinct ports are counted, in a table indexed
 * by port, for as long as counting is on (the threads8 variant keeps it on for the whole trial: a pool that closes
 * and reopens connections under concurrency would otherwise go unnoticed). A port reused by a later connection is
 * counted once, so a heavy churn is undercounted, never missed.
 */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicInteger connections = new AtomicInteger();
    /** Distinct-port mode: 1 at each remote port seen; null in change-of-port mode. */
    private final AtomicIntegerArray seenPorts;
    private volatile boolean counting;
    private volatile int lastRemotePort = -1;

    /**
     * @param serverThreads 0: the handler runs on the server's dispatcher thread (fewest threads and hand-offs, the
     *     least scheduling noise on a small machine); N > 0: a fixed pool of N threads
     * @param concurrentClients several client threads: count distinct ports (see the class comment)
     */
    LoopbackServer(int bodySize, int serverThreads, boolean concurrentClients) throws IOException {
        byte[] body = new byte[bodySize];
        Arrays.fill(body, (byte) 'x');
        this.seenPorts = concurrentClients ? new AtomicIntegerArray(65536) : null;
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
        } else {
            executor = null; // the default executor, i.e. the dispatcher thread
        }
        server.createContext("/hot", exchange -> handle(exchange, body));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hot";
    }

    void counting(boolean on) {
        counting = on;
    }

    /** Client connections seen while counting. */
    int connections() {
        return connections.get();
    }

    private void handle(HttpExchange exchange, byte[] body) throws IOException {
        if (counting) {
            count(exchange.getRemoteAddress().getPort());
        }
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, body.length); // Content-Length, keep-alive
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void count(int port) {
        if (seenPorts == null) {
            if (port != lastRemotePort) {
                lastRemotePort = port;
                connections.incrementAndGet();
            }
        } else if (seenPorts.get(port) == 0 && seenPorts.compareAndSet(port, 0, 1)) {
            connections.incrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
