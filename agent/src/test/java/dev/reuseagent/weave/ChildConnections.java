package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.Errors;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** The child JVM's program: connects in every way the JDK hooks cover, over loopback only, and prints what it saw. */
final class ChildConnections {

    private ChildConnections() {
    }

    static void run(Weaver weaver, Instrumentation instrumentation) throws Exception {
        try (ServerSocket http = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                ServerSocket closing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            serveHttp(http);
            closeEveryConnection(closing);
            InetSocketAddress address = (InetSocketAddress) http.getLocalSocketAddress();
            connectEveryWay(address, (InetSocketAddress) closing.getLocalSocketAddress());
            System.out.println("retransformed " + weaver.retransformLoaded(instrumentation));
            try (Socket again = new Socket()) {
                again.connect(address, 2000);
            }
        }
        Calls.all().forEach(call -> System.out.println("call " + call));
        Errors.seen().forEach(error -> System.out.println("advice error " + error));
        System.out.println("failures " + weaver.failures());
        for (Hook hook : JdkHooks.all()) {
            System.out.println("transformed " + hook.className() + " " + weaver.isTransformed(hook.className()));
        }
    }

    private static void connectEveryWay(InetSocketAddress address, InetSocketAddress closing) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(address, 2000);
        }
        int refusedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedPort = gone.getLocalPort();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getAddress(), refusedPort), 2000);
        } catch (java.net.ConnectException expected) {
            System.out.println("rethrown " + expected.getClass().getName());
        }
        try (SocketChannel channel = SocketChannel.open(address)) {
            System.out.println("channel connected " + channel.isConnected());
        }
        try (SocketChannel channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            boolean connected = channel.connect(address);
            while (!connected) {
                connected = channel.finishConnect();
            }
        }
        try (SocketChannel channel = SocketChannel.open()) {
            channel.socket().connect(address, 2000);
        }
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + hostPort(address) + "/url")
                .toURL().openConnection();
        System.out.println("url status " + connection.getResponseCode());
        connection.getInputStream().readAllBytes();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://"
                + hostPort(address) + "/jdk")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("jdk status " + response.statusCode());
        try (SSLSocket tls = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket()) {
            tls.connect(closing, 2000);
            tls.startHandshake();
        } catch (java.io.IOException expected) {
            System.out.println("tls failed " + expected.getClass().getName());
        }
    }

    private static String hostPort(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** A minimal keep-alive HTTP/1.1 server: "ok" for every request. */
    private static void serveHttp(ServerSocket server) {
        daemon(() -> {
            while (true) {
                Socket socket = server.accept();
                daemon(() -> {
                    try (socket) {
                        InputStream in = socket.getInputStream();
                        OutputStream out = socket.getOutputStream();
                        while (readHead(in)) {
                            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                                    .getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                        }
                    }
                    return null;
                });
            }
        });
    }

    private static boolean readHead(InputStream in) throws java.io.IOException {
        int matched = 0;
        int read;
        while ((read = in.read()) >= 0) {
            matched = read == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : 0;
            if (matched == 4) {
                return true;
            }
        }
        return false;
    }

    private static void closeEveryConnection(ServerSocket server) {
        daemon(() -> {
            while (true) {
                server.accept().close();
            }
        });
    }

    private static void daemon(java.util.concurrent.Callable<?> work) {
        Thread thread = new Thread(() -> {
            try {
                work.call();
            } catch (Exception ignored) {
                // the server socket closed: the program is done
            }
        });
        thread.setDaemon(true);
        thread.start();
    }
}
