package dev.reuseagent.samples.vertx;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code vertx <pattern>} subcommand: Vert.x 5's WebClient (HTTP/1.1, or HTTP/2 for the h2 patterns, on Vert.x's
 * Netty 4.2 NIO transport), http:// and https:// URLs (TLS on the JDK's SSLEngine, trusting {@code --trust-pem}).
 */
public final class VertxCommand {

    static final PatternTable PATTERNS = new PatternTable("vertx")
            .add("shared", "one Vertx and WebClient for every request: its pool keeps the connection (the good one)")
            .add("client-per-request", "a new Vertx and WebClient per request, closed after it")
            .add("short-keep-alive", "one shared WebClient with a 1 s keep-alive timeout: pauses longer than that expire"
                    + " the idle connection")
            .add("h2-shared", "one shared WebClient speaking HTTP/2 (h2 by ALPN over https, prior knowledge over http):"
                    + " every request a stream on one connection")
            .add("h2-client-per-request", "a new Vertx and HTTP/2 WebClient per request, closed after it");

    private VertxCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new VertxSharedPattern(VertxClients.options(options.trustPem()));
            case "client-per-request" -> new VertxPerRequestPattern(VertxClients.options(options.trustPem()));
            case "short-keep-alive" -> new VertxSharedPattern(VertxClients.options(options.trustPem())
                    .setKeepAliveTimeout(1));
            case "h2-shared" -> new VertxSharedPattern(VertxClients.http2(options.trustPem()));
            case "h2-client-per-request" -> new VertxPerRequestPattern(VertxClients.http2(options.trustPem()));
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
