package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.NamedPattern;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;

import java.util.List;

/** The {@code apache4 <pattern>} subcommand: Apache HttpClient 4.5. */
public final class Apache4Command {

    static final List<NamedPattern> PATTERNS = List.of(
            new NamedPattern("shared", "one client, every body read to the end (the good one); "
                    + "--threads above --pool-size (default 2) waits for the pool", SharedClientPattern::new),
            new NamedPattern("client-per-request", "a new client (connection manager, SSLContext) per request, "
                    + "closed after it", ClientPerRequestPattern::new),
            new NamedPattern("body-not-consumed", "responses never closed nor read: each pins its connection "
                    + "(1 s lease timeout once the pool is dry)", BodyNotConsumedPattern::new),
            new NamedPattern("close", "one client, but every request sends Connection: close",
                    ConnectionClosePattern::new),
            new NamedPattern("close-unread", "responses closed without reading the body (4.5 then closes the "
                    + "connection)", CloseUnreadPattern::new),
            new NamedPattern("close-partly-read", "one client; 16 bytes of each body read, then the response closed",
                    ClosePartlyReadPattern::new),
            new NamedPattern("default-per-request", "HttpClients.createDefault() per request, closed after it "
                    + "(default trust: javax.net.ssl.trustStore)", DefaultPerRequestPattern::new),
            new NamedPattern("ssl-context-per-request", "a builder without a manager per request, each with a new "
                    + "SSLContext", SslContextPerRequestPattern::new),
            new NamedPattern("two-configs-per-request", "a client per request from two alternating builder "
                    + "configurations (default, another SocketConfig)", TwoConfigsPerRequestPattern::new),
            new NamedPattern("close-while-busy", "two default clients per call: the second is closed while the "
                    + "first one's body is still unread (2 requests per call)", CloseWhileBusyPattern::new),
            new NamedPattern("client-closed-first", "a default client per request, closed with its response "
                    + "still open and unread", ClientClosedFirstPattern::new),
            new NamedPattern("never-closed", "HttpClients.createDefault().execute(..) per request: neither the "
                    + "response nor the client ever closed", NeverClosedPattern::new),
            new NamedPattern("legacy-per-request", "legacy API: a new DefaultHttpClient per request, closed after "
                    + "it", LegacyPerRequestPattern::new),
            new NamedPattern("legacy-shared", "legacy API: one DefaultHttpClient with a PoolingClientConnectionManager "
                    + "(-D" + LegacyClients.MANAGER_PROPERTY + "=tsccm: ThreadSafeClientConnManager)",
                    SharedClientPattern::legacy),
            new NamedPattern("legacy-body-not-consumed", "legacy API: body-not-consumed on a shared DefaultHttpClient",
                    BodyNotConsumedPattern::legacy));

    private Apache4Command() {
    }

    /** One help line per pattern: name and what it does. */
    public static String patternHelp() {
        return NamedPattern.help(PATTERNS) + System.lineSeparator() + "  (-D" + Apache4Clients.VALIDATE_PROPERTY
                + "=N sets validateAfterInactivity; library default 2000)";
    }

    /** The pattern named by {@code options.pattern()}, built (the demo runs it without the command line). */
    public static RequestPattern pattern(Options options, Tls tls) throws UsageException {
        return NamedPattern.find(PATTERNS, "apache4", options.pattern()).constructor().apply(options, tls);
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        return NamedPattern.find(PATTERNS, "apache4", options.pattern()).run(options, tls);
    }
}
