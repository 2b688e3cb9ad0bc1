package dev.reuseagent.samples.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded JDK HTTP(S) server on 127.0.0.1 and an ephemeral port that answers every request with a fixed
 * body. It keeps connections alive the way the JDK server does for HTTP/1.1: the request body is consumed, the
 * response has a Content-Length, and the exchange is closed. It also counts the distinct client connections it
 * served, the ground truth the agent's report can be compared with.
 */
public final class DemoServer implements AutoCloseable {
    private static final int HANDLER_THREADS = 4;

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] body;
    private final AtomicInteger requests = new AtomicInteger();
    /** Client address:port of each connection seen; one entry per TCP connection. */
    private final Set<InetSocketAddress> clientConnections = ConcurrentHashMap.newKeySet();

    private DemoServer(String name, HttpServer server, int bodyBytes) {
        this.name = name;
        this.server = server;
        this.body = new byte[bodyBytes];
        Arrays.fill(body, (byte) 'x');
        this.executor = Executors.newFixedThreadPool(HANDLER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "demo-" + name + "-handler");
            // Daemon: a handler stuck on a dead client must never keep the demo JVM from exiting.
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A plain HTTP server answering with {@code bodyBytes} bytes. */
    public static DemoServer http(String name, int bodyBytes) throws IOException {
        return new DemoServer(name, HttpServer.create(loopbackEphemeral(), 0), bodyBytes);
    }

    /** An HTTPS server presenting the certificate of {@code tls}, answering with {@code bodyBytes} bytes. */
    public static DemoServer https(String name, int bodyBytes, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(loopbackEphemeral(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new DemoServer(name, server, bodyBytes);
    }

    private static InetSocketAddress loopbackEphemeral() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        clientConnections.add(exchange.getRemoteAddress());
        try (exchange) {
            // The JDK server only reuses a connection whose request body was read to the end.
            try (InputStream requestBody = exchange.getRequestBody()) {
                requestBody.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            // An explicit length keeps the connection reusable. (In this API 0 means chunked, -1 means no body.)
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // Expected when a client closes without reading the body (the body-not-consumed pattern).
        }
    }

    /** The URL of the server's root, e.g. {@code https://127.0.0.1:53211/}. */
    public String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public String name() {
        return name;
    }

    public int requests() {
        return requests.get();
    }

    public int connections() {
        return clientConnections.size();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
