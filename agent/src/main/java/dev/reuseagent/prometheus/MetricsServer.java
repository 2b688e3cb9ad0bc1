package dev.reuseagent.prometheus;

import dev.reuseagent.report.Summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * {@code GET /metrics} on one daemon thread, one scrape at a time, each connection closed after its answer. A
 * hand-written loop because the JDK's HTTP server (module jdk.httpserver) is not visible to the bootstrap class
 * loader the agent lives in; scrapes come every few seconds, so nothing more is needed.
 */
public final class MetricsServer implements Runnable {

    /** A scraper that connects and then says nothing must not hold the only thread for long. */
    private static final int READ_TIMEOUT_MS = 5_000;
    private static final int MAX_REQUEST_HEAD = 8_192;

    private final ServerSocket socket;
    private final Supplier<Summary> summaries;

    private MetricsServer(ServerSocket socket, Supplier<Summary> summaries) {
        this.socket = socket;
        this.summaries = summaries;
    }

    /** Binds now (so a taken port is reported at start-up) and serves on a daemon thread until {@link #close}. */
    public static MetricsServer start(String host, int port, Supplier<Summary> summaries) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        MetricsServer server = new MetricsServer(socket, summaries);
        Thread thread = new Thread(server, "reuse-agent-prometheus");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Stops serving: the port is free again and the thread ends. */
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closed either way
        }
    }

    @Override
    public void run() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(READ_TIMEOUT_MS);
                answer(client);
            } catch (IOException | RuntimeException e) {
                // One bad scrape (a reset, a timeout, garbage) must not end the server: go on with the next.
            }
        }
    }

    private void answer(Socket client) throws IOException {
        String requestLine = requestLine(client.getInputStream());
        OutputStream out = client.getOutputStream();
        if (requestLine == null) {
            return;
        }
        String[] parts = requestLine.split(" ");
        String path = parts.length >= 2 ? parts[1] : "";
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (parts.length < 2 || !(parts[0].equals("GET") || parts[0].equals("HEAD"))) {
            respond(out, "405 Method Not Allowed", "text/plain; charset=utf-8", "only GET /metrics\n", true);
        } else if (!path.equals("/metrics")) {
            respond(out, "404 Not Found", "text/plain; charset=utf-8", "reuse-agent serves /metrics only\n", true);
        } else {
            respond(out, "200 OK", PrometheusText.CONTENT_TYPE, PrometheusText.render(summaries.get()),
                    parts[0].equals("GET"));
        }
    }

    /** The first line of the request; the rest of its head is read and dropped. Null if the client sent none. */
    private static String requestLine(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && head.length() < MAX_REQUEST_HEAD) {
            head.append((char) b);
            int n = head.length();
            if (n >= 4 && head.charAt(n - 1) == '\n' && head.charAt(n - 2) == '\r' && head.charAt(n - 3) == '\n') {
                break;
            }
            if (n >= 2 && head.charAt(n - 1) == '\n' && head.charAt(n - 2) == '\n') {
                break;
            }
        }
        int end = head.indexOf("\n");
        if (end <= 0) {
            return null;
        }
        return head.substring(0, head.charAt(end - 1) == '\r' ? end - 1 : end);
    }

    private static void respond(OutputStream out, String status, String type, String body, boolean withBody)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (withBody) {
            out.write(bytes);
        }
        out.flush();
    }
}
