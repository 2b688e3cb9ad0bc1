package dev.reuseagent.bench.startup;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * The start-up probes' server: the JDK's {@code com.sun.net.httpserver.HttpServer} on the loopback address and an
 * ephemeral port, in the probe's own JVM, answering every request with {@link #BODY_LENGTH} bytes and a
 * Content-Length. The handler runs on the server's dispatcher thread.
 */
public final class LoopbackServer implements AutoCloseable {

    public static final int BODY_LENGTH = 64;

    private final HttpServer server;

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    public static LoopbackServer start() throws IOException {
        // Without it, Nagle on the server plus delayed ACK on the client can add ~40 ms to a first request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = new byte[BODY_LENGTH];
        Arrays.fill(body, (byte) 'x');
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
        server.start();
        return new LoopbackServer(server);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
