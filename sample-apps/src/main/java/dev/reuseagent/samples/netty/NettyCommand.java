package dev.reuseagent.samples.netty;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;

/**
 * The {@code netty <pattern>} subcommand: a plain Netty 4.2 HTTP/1.1 client (HttpClientCodec) on the NIO transport
 * or on the native epoll transport, which never touches {@code java.net}. http:// URLs only. Prints
 * {@code sample: channel=<class>} once, so a test can see which transport really ran.
 */
public final class NettyCommand {

    static final PatternTable PATTERNS = new PatternTable("netty")
            .add("nio-shared", "one NIO channel kept open for every request (the good one)")
            .add("nio-per-request", "a new Bootstrap and NIO channel per request, closed after it")
            .add("epoll-shared", "one native epoll channel kept open for every request (the good one; Linux)")
            .add("epoll-per-request", "a new Bootstrap and native epoll channel per request, closed after it (Linux)");

    private NettyCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "nio-shared" -> new NettySharedPattern(NettyTransport.NIO);
            case "nio-per-request" -> new NettyPerRequestPattern(NettyTransport.NIO);
            case "epoll-shared" -> new NettySharedPattern(NettyTransport.EPOLL);
            case "epoll-per-request" -> new NettyPerRequestPattern(NettyTransport.EPOLL);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
