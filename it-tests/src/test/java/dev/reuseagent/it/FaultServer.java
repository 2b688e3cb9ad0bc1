package dev.reuseagent.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on 127.0.0.1 that fails chosen requests the way real servers and networks do, and keeps its
 * own count of what it received: every request head it read (also those it then failed) and every connection
 * that carried one. Request number {@code n} (0-based, in arrival order) gets {@code plan.get(n % plan.size())}.
 */
final class FaultServer implements AutoCloseable {

    /** What the server does with one request. */
    enum Fault {
        /** A complete small response with Content-Length; the connection stays open. */
        OK,
        /** Headers promising 1000 bytes, 100 of them, then a TCP reset (SO_LINGER 0). */
        RESET_MID_BODY,
        /** Headers promising 1000 bytes, then an orderly close (FIN): the body ends early. */
        CLOSE_AFTER_HEADERS,
        /** No answer at all: the connection is held open until the client gives up and closes it. */
        NO_ANSWER
    }

    private static final byte[] BODY = "hello from the fault server".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final List<Fault> plan;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger connectionsWithRequests = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    FaultServer(List<Fault> plan) throws IOException {
        this.plan = List.copyOf(plan);
        this.listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::acceptLoop, "fault-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return origin() + "/data?token=secret-query";
    }

    String origin() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Request heads received, failed ones included. */
    int requests() {
        return requests.get();
    }

    /** Connections on which at least one request head arrived. */
    int connections() {
        return connectionsWithRequests.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                Thread handler = new Thread(() -> serve(socket), "fault-server-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        boolean counted = false;
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readHead(in)) {
                if (!counted) {
                    counted = true;
                    connectionsWithRequests.incrementAndGet();
                }
                Fault fault = plan.get(requests.getAndIncrement() % plan.size());
                if (!answer(fault, socket, in, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to count
        } finally {
            open.remove(socket);
        }
    }

    /** @return whether the connection stays open for another request */
    private static boolean answer(Fault fault, Socket socket, InputStream in, OutputStream out) throws IOException {
        switch (fault) {
            case OK:
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + BODY.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(BODY);
                out.flush();
                return true;
            case RESET_MID_BODY:
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.write(new byte[100]);
                out.flush();
                pause(100); // let the client start on the body before the reset
                socket.setSoLinger(true, 0);
                return false;
            case CLOSE_AFTER_HEADERS:
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pause(100);
                return false;
            default: // NO_ANSWER: wait until the client closes (read -1) or 20 s
                socket.setSoTimeout(20_000);
                try {
                    while (in.read() >= 0) {
                        // discard
                    }
                } catch (SocketException | java.net.SocketTimeoutException e) {
                    // reset by the client, or it never gave up
                }
                return false;
        }
    }

    /** Reads one request head (GET, no body). @return false at end of stream before a head */
    private static boolean readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return true;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
