package dev.reuseagent.samples.google;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.Tls;

/**
 * The {@code google <pattern>} subcommand: Google HTTP Client over its three transports. Each request goes
 * through {@code HttpRequest#execute} and the transport's low-level request; the agent must name these classes'
 * lines as the code site, never {@code com.google.api.client}'s.
 */
public final class GoogleCommand {

    static final PatternTable PATTERNS = new PatternTable("google")
            .add("net-shared", "one NetHttpTransport (HttpURLConnection) for every request (the good one)")
            .add("net-per-request", "(https) a NetHttpTransport per request, each with its own SSLContext")
            .add("apache-shared", "one apache.v2.ApacheHttpTransport (Apache HttpClient 4.5) for every request (the good one)")
            .add("apache-per-request", "an apache.v2.ApacheHttpTransport per request, shut down after it")
            .add("legacy-apache-shared", "one deprecated apache.ApacheHttpTransport (DefaultHttpClient) for every request")
            .add("legacy-apache-per-request", "a deprecated apache.ApacheHttpTransport per request, shut down after it");

    private GoogleCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        GoogleTransport kind = GoogleTransport.ofPattern(options.pattern());
        if (kind == null) {
            throw PATTERNS.unknown(options.pattern());
        }
        return ClientCommand.run(options, options.pattern(), options.pattern().endsWith("-per-request")
                ? new GooglePerRequestPattern(kind, tls) : new GoogleSharedPattern(kind, tls));
    }
}
