package dev.reuseagent.samples.feign;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code feign <pattern>} subcommand: OpenFeign with its default client (HttpURLConnection underneath). Each
 * call goes through the JDK proxy of {@link FeignApi} and Feign's method handlers; the agent must name these
 * classes' lines as the code site, never Feign's nor the proxy's.
 */
public final class FeignCommand {

    static final PatternTable PATTERNS = new PatternTable("feign")
            .add("shared", "one Feign client (one SSLSocketFactory) for every request (the good one)")
            .add("client-per-request", "(https) Feign.builder()...target() per request, each with its own SSLSocketFactory");

    private FeignCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "shared" -> new FeignSharedPattern(tls);
            case "client-per-request" -> new FeignPerRequestPattern(tls);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
