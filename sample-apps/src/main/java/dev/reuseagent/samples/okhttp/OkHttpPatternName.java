package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The okhttp pattern names accepted on the command line (a contract with the integration tests). */
enum OkHttpPatternName {
    SHARED("shared", SharedClientPattern::new,
            "one OkHttpClient, each body read and closed (the good one)"),
    CLIENT_PER_REQUEST("client-per-request", ClientPerRequestPattern::new,
            "a new OkHttpClient (and so a new connection pool) per request"),
    NEW_BUILDER("new-builder", NewBuilderPattern::new,
            "base.newBuilder()...build() per request: shares the base's pool, so connections are reused"),
    BODY_NOT_CONSUMED("body-not-consumed", BodyNotConsumedPattern::new,
            "one OkHttpClient, the response never read nor closed"),
    CLOSE("close", ConnectionClosePattern::new,
            "one OkHttpClient, every request sent with a Connection: close header"),
    ASYNC("async", AsyncPattern::new,
            "one OkHttpClient, enqueue() with the body read and closed in the callback"),
    SHORT_KEEP_ALIVE("short-keep-alive", ShortKeepAlivePattern::new,
            "one OkHttpClient whose pool keeps idle connections 1 s (use --pause-ms above that)"),
    DEFAULT_CLIENT_PER_REQUEST("default-client-per-request", clients -> new DefaultClientPerRequestPattern(),
            "new OkHttpClient() per request: its own pool and (https) SSL factory from the JVM's default trust"),
    POOL_PER_REQUEST("pool-per-request", PoolPerRequestPattern::new,
            "a client per request with an explicit new ConnectionPool() (enforcement leaves it alone)"),
    PROXY_OR_DIRECT("proxy-or-direct", clients -> new ProxyOrDirectPattern(),
            "(http) new OkHttpClient() per request, every second one through an HTTP proxy at the URL's host:port"),
    OWN_TRUST_OR_DEFAULT("own-trust-or-default", OwnTrustOrDefaultPattern::new,
            "(https) a client per request, every second one with its own SSLContext trusting --trust-pem"),
    TIMEOUT_PER_CLIENT("timeout-per-client", clients -> new TimeoutPerClientPattern(),
            "(http) a client per request in turn: default; 300 ms call timeout on ?slow=1; 5 s read timeout on it");

    private final String cliName;
    private final Function<OkHttpClients, RequestPattern> constructor;
    private final String help;

    OkHttpPatternName(String cliName, Function<OkHttpClients, RequestPattern> constructor, String help) {
        this.cliName = cliName;
        this.constructor = constructor;
        this.help = help;
    }

    String cliName() {
        return cliName;
    }

    RequestPattern newPattern(OkHttpClients clients) {
        return constructor.apply(clients);
    }

    static Optional<OkHttpPatternName> byCliName(String name) {
        return Arrays.stream(values()).filter(p -> p.cliName.equals(name)).findFirst();
    }

    static String cliNames() {
        return Arrays.stream(values()).map(OkHttpPatternName::cliName).collect(Collectors.joining(", "));
    }

    /** One line per pattern: name and what it does. */
    static String help() {
        return Arrays.stream(values()).map(p -> String.format("  %-28s%s", p.cliName, p.help))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
