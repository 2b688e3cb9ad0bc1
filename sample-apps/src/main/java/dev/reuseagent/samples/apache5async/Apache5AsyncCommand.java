package dev.reuseagent.samples.apache5async;

import dev.reuseagent.samples.NamedPattern;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.Tls;

import java.util.List;

/** The {@code apache5-async <pattern>} subcommand: Apache HttpClient 5.x, async API ({@code --protocol h2}). */
public final class Apache5AsyncCommand {

    static final List<NamedPattern> PATTERNS = List.of(
            new NamedPattern("shared", "one started async client for every request (the good one)",
                    SharedClientPattern::new),
            new NamedPattern("client-per-request", "a new async client (I/O reactor, connection manager, "
                    + "SSLContext) per request, closed after it", ClientPerRequestPattern::new),
            new NamedPattern("minimal-shared", "one started minimal client (HttpAsyncClients.createMinimal) over a "
                    + "pooling manager, for every request", SharedClientPattern::minimal),
            new NamedPattern("h2-shared", "one started HTTP/2-only client (HttpAsyncClients.customHttp2()) for every "
                    + "request: ALPN over https, prior knowledge over http", SharedClientPattern::http2Only),
            new NamedPattern("h2-client-per-request", "a new HTTP/2-only client per request, closed after it",
                    ClientPerRequestPattern::http2Only));

    private Apache5AsyncCommand() {
    }

    /** One help line per pattern: name and what it does. */
    public static String patternHelp() {
        return NamedPattern.help(PATTERNS);
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        return NamedPattern.find(PATTERNS, "apache5-async", options.pattern()).run(options, tls);
    }
}
