package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.NamedPattern;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;

import java.util.List;

/**
 * The {@code jdkhttp <pattern>} subcommand: java.net.http.HttpClient. Its pool has no size limit, so there is no
 * pool-busy pattern: more threads than connections simply open more connections. {@code --pool-size} is ignored.
 */
public final class JdkHttpCommand {

    static final List<NamedPattern> PATTERNS = List.of(
            new NamedPattern("shared", "one HttpClient, every body read to the end (the good one)",
                    (o, t) -> new SharedClientPattern(new JdkHttpClients(o, t))),
            new NamedPattern("client-per-request", "a new HttpClient (pool, SSLContext) per request",
                    (o, t) -> new ClientPerRequestPattern(new JdkHttpClients(o, t))),
            new NamedPattern("body-not-consumed", "one HttpClient, each body an InputStream never read nor closed",
                    (o, t) -> new BodyNotConsumedPattern(new JdkHttpClients(o, t))),
            new NamedPattern("close-unread", "one HttpClient, each body InputStream closed unread (closes the "
                    + "connection)", (o, t) -> new CloseUnreadPattern(new JdkHttpClients(o, t))),
            new NamedPattern("async", "one HttpClient, sendAsync(...).join() with the body read",
                    (o, t) -> new AsyncPattern(new JdkHttpClients(o, t))),
            new NamedPattern("per-request", "a new HttpClient per request, all configured alike (default "
                    + "SSLContext)", (o, t) -> perRequest(o, t, PerRequestPattern.Ending.NONE)),
            new NamedPattern("per-request-close", "the same, each client closed after its request (JDK 21+)",
                    (o, t) -> perRequest(o, t, PerRequestPattern.Ending.CLOSE)),
            new NamedPattern("per-request-shutdown", "the same, each client shut down after its request (JDK 21+)",
                    (o, t) -> perRequest(o, t, PerRequestPattern.Ending.SHUTDOWN)),
            new NamedPattern("per-request-async-close", "the same with sendAsync, each client closed at once "
                    + "(JDK 21+; close waits for the request)", (o, t) -> perRequest(o, t,
                    PerRequestPattern.Ending.ASYNC_CLOSE)),
            new NamedPattern("per-request-await", "the same, each client shut down and awaited (JDK 21+)",
                    (o, t) -> perRequest(o, t, PerRequestPattern.Ending.AWAIT)),
            new NamedPattern("varied-config", "a new HttpClient per request, each with its own executor, proxy "
                    + "selector, SSLContext or timeout", (o, t) -> new VariedConfigPattern(new JdkHttpClients(o, t), t,
                    false)),
            new NamedPattern("redirect-policies", "a new HttpClient per request, redirect policy NEVER and NORMAL "
                    + "in turn", (o, t) -> new VariedConfigPattern(new JdkHttpClients(o, t), t, true)));

    private JdkHttpCommand() {
    }

    private static RequestPattern perRequest(Options options, Tls tls, PerRequestPattern.Ending ending) {
        return new PerRequestPattern(new JdkHttpClients(options, tls), ending);
    }

    /** One help line per pattern: name and what it does. */
    public static String patternHelp() {
        return NamedPattern.help(PATTERNS) + System.lineSeparator()
                + "  (--protocol h2: HTTP/2 by ALPN over https; the pool has no limit, so --pool-size does not apply)";
    }

    /** The pattern named by {@code options.pattern()}, built (the demo runs it without the command line). */
    public static RequestPattern pattern(Options options, Tls tls) throws UsageException {
        return NamedPattern.find(PATTERNS, "jdkhttp", options.pattern()).constructor().apply(options, tls);
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        return NamedPattern.find(PATTERNS, "jdkhttp", options.pattern()).run(options, tls);
    }
}
