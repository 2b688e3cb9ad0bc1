package dev.reuseagent.samples.retrofit;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code retrofit <pattern>} subcommand: Retrofit 3 over OkHttp 4.12. The agent must name these classes' lines
 * as the code site, never Retrofit's.
 */
public final class RetrofitCommand {

    static final PatternTable PATTERNS = new PatternTable("retrofit")
            .add("shared", "one Retrofit (one OkHttpClient) for every request (the good one)")
            .add("client-per-request", "new Retrofit.Builder()...build() per request: a new OkHttpClient and pool each time");

    private RetrofitCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new RetrofitSharedPattern(tls, options.url());
            case "client-per-request" -> new RetrofitPerRequestPattern(tls);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
