package dev.reuseagent.samples.netty;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code netty <pattern>} subcommand: a plain Netty 4.2 HTTP/1.1 client (HttpClientCodec) on the NIO transport
 * or on the native epoll transport, which never touches {@code java.net}; http:// URLs, and https:// for the
 * {@code *-tls-*} patterns. Prints
 * {@code sample: channel=<class>} once, so a test can see which transport really ran. With
 * {@code -Dsample.netty.connectListenerMs=N} every connect's promise gets a listener, ahead of any other, that takes
 * N ms ({@link SlowConnectListener}).
 */
public final class NettyCommand {

    static final PatternTable PATTERNS = new PatternTable("netty")
            .add("nio-shared", "one NIO channel kept open for every request (the good one)")
            .add("nio-per-request", "a new Bootstrap and NIO channel per request, closed after it")
            .add("epoll-shared", "one native epoll channel kept open for every request (the good one; Linux)")
            .add("epoll-per-request", "a new Bootstrap and native epoll channel per request, closed after it (Linux)")
            .add("nio-tls-shared", "nio-shared over https:// (SslHandler on the JDK's SSLEngine, trusting --trust-pem)")
            .add("nio-tls-per-request", "nio-per-request over https:// (one SslContext: later handshakes may resume)");

    private NettyCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "nio-shared" -> new NettySharedPattern(NettyTransport.NIO, null);
            case "nio-per-request" -> new NettyPerRequestPattern(NettyTransport.NIO, null);
            case "epoll-shared" -> new NettySharedPattern(NettyTransport.EPOLL, null);
            case "epoll-per-request" -> new NettyPerRequestPattern(NettyTransport.EPOLL, null);
            case "nio-tls-shared" -> new NettySharedPattern(NettyTransport.NIO, NettyClients.jdkTls(tls));
            case "nio-tls-per-request" -> new NettyPerRequestPattern(NettyTransport.NIO, NettyClients.jdkTls(tls));
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
