package dev.reuseagent.samples.apache4async;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code apache4-async <pattern>} subcommand: Apache HttpAsyncClient 4.1 (the client under Elasticsearch's
 * RestClient), each request {@code execute(request, null).get()} on the calling thread.
 */
public final class Apache4AsyncCommand {

    static final PatternTable PATTERNS = new PatternTable("apache4-async")
            .add("shared", "one started client for every request and thread (the good one)")
            .add("client-per-request", "a new client (connection manager, I/O reactor) per request, closed after it")
            .add("shared-with-sync", "a shared async client and a shared classic HttpClient 4.5, taking turns");

    private Apache4AsyncCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new AsyncSharedPattern(tls);
            case "client-per-request" -> new AsyncPerRequestPattern(tls);
            case "shared-with-sync" -> new AsyncWithSyncPattern(tls);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
