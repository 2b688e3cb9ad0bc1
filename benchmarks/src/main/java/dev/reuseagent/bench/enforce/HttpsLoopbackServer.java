package dev.reuseagent.bench.enforce;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The job's server, in the benchmark's own JVM: HTTPS/1.1 on 127.0.0.1, keep-alive, every request answered with
 * the same small body and a Content-Length. A hand-written server rather than the JDK's {@code HttpsServer} because
 * the number that proves enforcement is <em>accepted</em> connections, which only the accept loop sees (a request
 * count by remote port would miss connections opened and never used). One thread per connection: a per-request
 * client leaves each of its connections idle until its JVM exits, and those must not hold up the next one.
 *
 * <p>Counts are cumulative; the benchmark takes {@link #counts()} before and after each sample JVM, which runs
 * alone, so the difference is that JVM's.
 */
public final class HttpsLoopbackServer implements AutoCloseable {

    /** Longer than any job: only a client that hangs would be cut off, never an idle keep-alive connection. */
    private static final int IDLE_TIMEOUT_MS = 600_000;
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    /** What the server saw: TCP connections accepted, TLS handshakes completed, requests answered. */
    public record Counts(int accepted, int handshakes, int requests) {
        public Counts minus(Counts before) {
            return new Counts(accepted - before.accepted, handshakes - before.handshakes, requests - before.requests);
        }
    }

    private final SSLServerSocket serverSocket;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final byte[] response;
    private final byte[] responseClosing;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger handshakes = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private HttpsLoopbackServer(SSLContext context, int bodyBytes) throws IOException {
        byte[] body = new byte[bodyBytes];
        Arrays.fill(body, (byte) 'x');
        this.response = response(body, false);
        this.responseClosing = response(body, true);
        this.serverSocket = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "enforce-bench-connection");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "enforce-bench-accept");
        acceptor.setDaemon(true);
    }

    public static HttpsLoopbackServer start(SSLContext context, int bodyBytes) throws IOException {
        HttpsLoopbackServer server = new HttpsLoopbackServer(context, bodyBytes);
        server.acceptor.start();
        return server;
    }

    public String url() {
        return "https://127.0.0.1:" + serverSocket.getLocalPort() + "/enforce";
    }

    public Counts counts() {
        return new Counts(accepted.get(), handshakes.get(), requests.get());
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SSLSocket socket = (SSLSocket) serverSocket.accept();
                accepted.incrementAndGet();
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("enforce benchmark server: accept failed: " + e);
                }
            }
        }
    }

    private void serve(SSLSocket socket) {
        try (socket) {
            // headers and body leave in one write; without TCP_NODELAY a delayed ACK could still cost ~40 ms
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_TIMEOUT_MS);
            socket.startHandshake();
            handshakes.incrementAndGet();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return; // the client closed its connection
                }
                if (headerValue(head, "transfer-encoding").isPresent()) {
                    return; // no sample sends a chunked request; closing is the honest answer to one
                }
                in.skipNBytes(headerValue(head, "content-length").map(Long::parseLong).orElse(0L));
                requests.incrementAndGet();
                boolean close = headerValue(head, "connection").filter(v -> v.contains("close")).isPresent();
                out.write(close ? responseClosing : response);
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (SocketException | javax.net.ssl.SSLException e) {
            // a client JVM that exits with idle connections resets them: the ordinary end of a per-request client
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                System.err.println("enforce benchmark server: connection ended with " + e);
            }
        } finally {
            open.remove(socket);
        }
    }

    /** The request line and headers up to the empty line, or null at end of stream before a request began. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(256);
        int matched = 0; // of CR LF CR LF
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (b == '\r') {
                matched = matched == 2 ? 3 : 1;
            } else if (b == '\n' && (matched == 1 || matched == 3)) {
                matched++;
            } else {
                matched = 0;
            }
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("request head over " + MAX_HEAD_BYTES + " bytes");
            }
        }
        if (head.size() == 0) {
            return null;
        }
        throw new IOException("connection closed in the middle of a request head");
    }

    private static Optional<String> headerValue(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return Optional.of(line.substring(colon + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static byte[] response(byte[] body, boolean closing) {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + body.length
                + "\r\n" + (closing ? "Connection: close\r\n" : "") + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        serverSocket.close();
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        connections.shutdownNow();
    }
}
