package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.NamedPattern;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;

import java.util.List;

/** The {@code apache5 <pattern>} subcommand: Apache HttpClient 5.x, classic API. */
public final class Apache5Command {

    static final List<NamedPattern> PATTERNS = List.of(
            new NamedPattern("shared", "one client, every body read to the end (the good one); "
                    + "--threads above --pool-size (default 5) waits for the pool", SharedClientPattern::new),
            new NamedPattern("client-per-request", "a new client (connection manager, SSLContext) per request, "
                    + "closed after it", ClientPerRequestPattern::new),
            new NamedPattern("body-not-consumed", "responses never closed nor read: each pins its connection "
                    + "(1 s lease timeout once the pool is dry)", BodyNotConsumedPattern::new),
            new NamedPattern("close", "one client, but every request sends Connection: close",
                    ConnectionClosePattern::new),
            new NamedPattern("close-unread", "responses closed without reading the body (5.x drains it and "
                    + "keeps the connection)", CloseUnreadPattern::new),
            new NamedPattern("default-per-request", "HttpClients.createDefault() per request, closed after it "
                    + "(default trust: javax.net.ssl.trustStore)", DefaultPerRequestPattern::new),
            new NamedPattern("two-configs-per-request", "a client per request from two alternating builder "
                    + "configurations (default, useSystemProperties())", TwoConfigsPerRequestPattern::new),
            new NamedPattern("close-while-busy", "two default clients per call: the second is closed while the "
                    + "first one's body is still unread (2 requests per call)", CloseWhileBusyPattern::new),
            new NamedPattern("client-closed-first", "a default client per request, closed with its response "
                    + "still open and unread", ClientClosedFirstPattern::new),
            new NamedPattern("never-closed", "HttpClients.createDefault().execute(..) per request: neither the "
                    + "response nor the client ever closed", NeverClosedPattern::new),
            new NamedPattern("odd-hosts", "before each request one to a host java.net.IDN rejects (resolved to "
                    + "--url's host), which the library itself refuses; plain HTTP", OddHostsPattern::new),
            new NamedPattern("unconnected-operator", "the library's own connection operator with sockets that never "
                    + "connect, as in a unit test: every request fails, no connection is made; plain HTTP",
                    UnconnectedOperatorPattern::create));

    private Apache5Command() {
    }

    /** One help line per pattern: name and what it does. */
    public static String patternHelp() {
        return NamedPattern.help(PATTERNS) + System.lineSeparator() + "  (-D" + Apache5Clients.VALIDATE_PROPERTY
                + "=N sets validateAfterInactivity; library default 2000)";
    }

    /** The pattern named by {@code options.pattern()}, built (the demo runs it without the command line). */
    public static RequestPattern pattern(Options options, Tls tls) throws UsageException {
        return NamedPattern.find(PATTERNS, "apache5", options.pattern()).constructor().apply(options, tls);
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        return NamedPattern.find(PATTERNS, "apache5", options.pattern()).run(options, tls);
    }
}
