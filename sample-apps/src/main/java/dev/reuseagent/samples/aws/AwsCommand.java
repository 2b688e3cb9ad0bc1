package dev.reuseagent.samples.aws;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

import java.time.Duration;

/**
 * The {@code aws <pattern>} subcommand: the AWS SDK for Java v2's S3 client, path-style, against the {@code --url}'s
 * scheme, host and port (its path is ignored: each request is {@code GetObject} of {@code reuse-agent/data}), with
 * static dummy credentials and retries off, on one of the SDK's three HTTP clients: netty-nio-client (async),
 * apache-client (sync, Apache HttpClient 4.5) or url-connection-client (sync, HttpURLConnection). http:// and
 * https:// (trusting {@code --trust-pem}); {@code --protocol h2}: netty-nio-client on HTTP/2 (over TLS, by ALPN).
 */
public final class AwsCommand {

    static final PatternTable PATTERNS = new PatternTable("aws")
            .add("async-shared", "one S3AsyncClient on netty-nio-client for every request (the good one)")
            .add("async-short-idle", "async-shared, connectionMaxIdleTime 200 ms: longer pauses lose the connection")
            .add("async-client-per-call", "a new S3AsyncClient per request, closed after it")
            .add("sync-shared", "one S3Client on apache-client (Apache HttpClient 4.5) for every request (good)")
            .add("sync-client-per-call", "a new S3Client on apache-client per request, closed after it")
            .add("urlconnection-shared", "one S3Client on url-connection-client for every request")
            .add("urlconnection-per-call", "a new S3Client on url-connection-client per request, closed after");

    private AwsCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        AwsClients clients = new AwsClients(options.url(), tls, options.http2());
        RequestPattern pattern = switch (options.pattern()) {
            case "async-shared" -> new AwsAsyncSharedPattern(clients.async(null));
            case "async-short-idle" -> new AwsAsyncSharedPattern(clients.async(Duration.ofMillis(200)));
            case "async-client-per-call" -> new AwsAsyncPerCallPattern(clients);
            case "sync-shared" -> new AwsSyncSharedPattern(clients, AwsClients.Sync.APACHE);
            case "sync-client-per-call" -> new AwsSyncPerCallPattern(clients, AwsClients.Sync.APACHE);
            case "urlconnection-shared" -> new AwsSyncSharedPattern(clients, AwsClients.Sync.URLCONNECTION);
            case "urlconnection-per-call" -> new AwsSyncPerCallPattern(clients, AwsClients.Sync.URLCONNECTION);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
