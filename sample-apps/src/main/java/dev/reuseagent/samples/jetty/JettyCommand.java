package dev.reuseagent.samples.jetty;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code jetty <pattern>} subcommand: Jetty's HttpClient 12.1 on its default HTTP/1.1 transport, or with
 * {@code --protocol h2} on its HTTP/2 one; http:// and https:// URLs (https trusts {@code --trust-pem}).
 */
public final class JettyCommand {

    static final PatternTable PATTERNS = new PatternTable("jetty")
            .add("shared", "one started HttpClient for every request, stopped at the end (the good one)")
            .add("client-per-request", "a new HttpClient built, started and stopped around each request")
            .add("async", "one shared HttpClient, each request sent with send(listener) and awaited")
            .add("short-idle-timeout", "one shared HttpClient whose idle timeout (1 s) is shorter than the pauses");

    /**
     * The idle timeout of {@code short-idle-timeout}: shorter than the pauses a test puts between requests, and not
     * much shorter, since Jetty also applies it to a connection being set up (on a loaded machine a first connection,
     * its classes still loading, has taken over 500 ms and failed with the end point closed before it opened).
     */
    static final long SHORT_IDLE_TIMEOUT_MS = 1000;

    private JettyCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        JettyClients.http2 = options.http2();
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new JettySharedPattern(tls, 0);
            case "client-per-request" -> new JettyPerRequestPattern(tls);
            case "async" -> new JettyAsyncPattern(tls);
            case "short-idle-timeout" -> new JettySharedPattern(tls, SHORT_IDLE_TIMEOUT_MS);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
