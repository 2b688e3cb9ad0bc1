package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;

/**
 * The {@code okhttp <pattern>} subcommand: OkHttp 4.12 or 5.x, whichever is on the class path. {@code --pool-size}
 * sets the ConnectionPool's idle limit and the dispatcher's requests per host; {@code --protocol h2} means HTTP/2
 * by ALPN over https and with prior knowledge over http, {@code http1} (the default) HTTP/1.1 only.
 */
public final class OkHttpCommand {

    private OkHttpCommand() {
    }

    /** One help line per pattern: name and what it does. */
    public static String patternHelp() {
        return OkHttpPatternName.help();
    }

    /** The pattern named by {@code options.pattern()}, built (the demo runs it without the command line). */
    public static RequestPattern pattern(Options options, Tls tls) throws UsageException {
        return patternName(options).newPattern(new OkHttpClients(options, tls));
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        return ClientCommand.run(options, patternName(options).cliName(), pattern(options, tls));
    }

    private static OkHttpPatternName patternName(Options options) throws UsageException {
        return OkHttpPatternName.byCliName(options.pattern()).orElseThrow(() -> new UsageException(
                "unknown okhttp pattern '" + options.pattern() + "'; expected one of " + OkHttpPatternName.cliNames()));
    }
}
