package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code reactor <pattern>} subcommand: Reactor Netty 1.3's HttpClient (what Spring's WebClient runs on), on its
 * default transport: native epoll on Linux when it loads, NIO otherwise. http:// and https:// URLs (trusting
 * {@code --trust-pem}); {@code --protocol h2}: HTTP/2 (h2 over TLS, h2c with prior knowledge over http). Prints
 * {@code sample: channel=<class>} once, so a test can see which transport really ran.
 */
public final class ReactorCommand {

    static final PatternTable PATTERNS = new PatternTable("reactor")
            .add("shared", "one HttpClient.create() for every request, on the global connection pool (the good one)")
            .add("provider-per-request", "a new HttpClient with a ConnectionProvider of its own per request, disposed after it")
            .add("new-connection", "one HttpClient.newConnection(): no pool, a connection per request")
            .add("webclient-shared", "one Spring WebClient.create() for every request (needs spring-webflux)")
            .add("webclient-per-request", "WebClient.create() per request, on Reactor Netty's global pool (needs spring-webflux)")
            .add("tls-shared", "shared over https:// (Reactor Netty's default TLS provider, trusting --trust-pem)")
            .add("tls-new-connection", "new-connection over https:// (one SslContext: later handshakes may resume)");

    private ReactorCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        ReactorClients clients = new ReactorClients(tls, options.http2() && options.url().getProtocol().equals("https"),
                options.http2() && options.url().getProtocol().equals("http"));
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new ReactorSharedPattern(clients);
            case "provider-per-request" -> new ReactorProviderPerRequestPattern(clients);
            case "new-connection" -> new ReactorNewConnectionPattern(clients);
            case "webclient-shared" -> new WebClientSharedPattern();
            case "webclient-per-request" -> new WebClientPerRequestPattern();
            case "tls-shared" -> new ReactorTlsPattern(true, tls);
            case "tls-new-connection" -> new ReactorTlsPattern(false, tls);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
