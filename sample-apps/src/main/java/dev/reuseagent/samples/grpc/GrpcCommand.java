package dev.reuseagent.samples.grpc;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code grpc <pattern>} subcommand: gRPC-Java unary calls ({@code reuse.Echo/Get}, bytes echoed; blocking, or
 * started asynchronously) to the URL's host and port: plaintext for http://, TLS for https:// (trusting
 * {@code --trust-pem}). The transport is the gRPC provider on the class path: client-libs/grpc/target/lib
 * (grpc-netty) or client-libs/grpc-shaded/target/lib (grpc-netty-shaded).
 */
public final class GrpcCommand {

    static final PatternTable PATTERNS = new PatternTable("grpc")
            .add("shared", "one ManagedChannel for every call (the good one: one connection, calls multiplexed)")
            .add("shared-idle", "shared, the channel with idleTimeout 1 s: pause longer (--pause-ms) and it reconnects")
            .add("channel-per-call", "a new ManagedChannel per call, shut down after it (a connection per call)")
            .add("async-channel-per-call", "channel-per-call with the call started asynchronously (futureUnaryCall)");

    private GrpcCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every call succeeded, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        GrpcCalls calls = new GrpcCalls(options.url(), tls);
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new GrpcSharedPattern(calls, 0);
            case "shared-idle" -> new GrpcSharedPattern(calls, 1);
            case "channel-per-call" -> new GrpcChannelPerCallPattern(calls);
            case "async-channel-per-call" -> new GrpcAsyncChannelPerCallPattern(calls);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
