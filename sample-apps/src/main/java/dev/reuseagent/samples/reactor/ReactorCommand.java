package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code reactor <pattern>} subcommand: Reactor Netty 1.3's HttpClient (what Spring's WebClient runs on), on its
 * default transport: native epoll on Linux when it loads, NIO otherwise. http:// URLs. Prints
 * {@code sample: channel=<class>} once, so a test can see which transport really ran.
 */
public final class ReactorCommand {

    static final PatternTable PATTERNS = new PatternTable("reactor")
            .add("shared", "one HttpClient.create() for every request, on the global connection pool (the good one)")
            .add("provider-per-request", "a new HttpClient with a ConnectionProvider of its own per request, disposed after it")
            .add("new-connection", "one HttpClient.newConnection(): no pool, a connection per request")
            .add("tls-shared", "shared over https:// (Reactor Netty's default TLS provider, trusting --trust-pem)")
            .add("tls-new-connection", "new-connection over https:// (one SslContext: later handshakes may resume)");

    private ReactorCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new ReactorSharedPattern();
            case "provider-per-request" -> new ReactorProviderPerRequestPattern();
            case "new-connection" -> new ReactorNewConnectionPattern();
            case "tls-shared" -> new ReactorTlsPattern(true, tls);
            case "tls-new-connection" -> new ReactorTlsPattern(false, tls);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
