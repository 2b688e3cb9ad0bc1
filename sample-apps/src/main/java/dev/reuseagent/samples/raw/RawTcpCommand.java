package dev.reuseagent.samples.raw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * HTTP spoken by hand over a raw TCP connection per request: traffic of a client the agent does not recognise,
 * which must still show up in its transport report, once per connect, with this class's line as site. Four ways
 * to connect, one per JDK connect path: a plain Socket, a blocking SocketChannel, a non-blocking SocketChannel
 * finished with a Selector, and a channel's socket adaptor.
 *
 * <pre>raw &lt;socket|channel|channel-nonblocking|socket-adaptor&gt; --url http://host:port/ [--requests N]</pre>
 */
public final class RawTcpCommand {

    private RawTcpCommand() {
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        if (args.length < 4 || !args[2].equals("--url")) {
            System.err.println("sample: usage: raw <socket|channel|channel-nonblocking|socket-adaptor> --url <http URL> "
                    + "[--requests N]");
            return 2;
        }
        String mode = args[1];
        URI url = URI.create(args[3]);
        int requests = args.length >= 6 && args[4].equals("--requests") ? Integer.parseInt(args[5]) : 5;
        InetSocketAddress target = new InetSocketAddress(url.getHost(), url.getPort());
        int ok = 0;
        try {
            for (int i = 0; i < requests; i++) {
                String response;
                switch (mode) {
                    case "socket": response = overSocket(target); break;
                    case "channel": response = overChannel(target); break;
                    case "channel-nonblocking": response = overNonBlockingChannel(target); break;
                    case "socket-adaptor": response = overSocketAdaptor(target); break;
                    default:
                        System.err.println("sample: unknown raw mode '" + mode + "'");
                        return 2;
                }
                if (response.startsWith("HTTP/1.1 200")) {
                    ok++;
                }
            }
        } catch (IOException e) {
            e.printStackTrace();
        }
        System.out.println("sample: pattern=raw-" + mode + " requests=" + requests + " ok=" + ok + " failed="
                + (requests - ok));
        return ok == requests ? 0 : 1;
    }

    private static byte[] request(InetSocketAddress target) {
        return ("GET / HTTP/1.1\r\nHost: " + target.getHostString() + ":" + target.getPort()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String overSocket(InetSocketAddress target) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(target, 5000);
            return exchange(socket.getInputStream(), socket.getOutputStream(), target);
        }
    }

    private static String overSocketAdaptor(InetSocketAddress target) throws IOException {
        try (SocketChannel channel = SocketChannel.open()) {
            Socket socket = channel.socket();
            socket.connect(target, 5000);
            return exchange(socket.getInputStream(), socket.getOutputStream(), target);
        }
    }

    private static String overChannel(InetSocketAddress target) throws IOException {
        try (SocketChannel channel = SocketChannel.open()) {
            channel.connect(target);
            return channelExchange(channel, target);
        }
    }

    private static String overNonBlockingChannel(InetSocketAddress target) throws IOException {
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(target)) {
                SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
                while (!channel.finishConnect()) {
                    selector.select(1000);
                }
                key.cancel();
                selector.selectNow(); // deregisters, so the channel may go back to blocking mode
            }
            channel.configureBlocking(true);
            return channelExchange(channel, target);
        }
    }

    private static String channelExchange(SocketChannel channel, InetSocketAddress target) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(request(target));
        while (out.hasRemaining()) {
            channel.write(out);
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        ByteBuffer in = ByteBuffer.allocate(8192);
        while (channel.read(in) >= 0) {
            in.flip();
            response.write(in.array(), 0, in.limit());
            in.clear();
        }
        return response.toString(StandardCharsets.ISO_8859_1);
    }

    private static String exchange(InputStream in, OutputStream out, InetSocketAddress target) throws IOException {
        out.write(request(target));
        out.flush();
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
