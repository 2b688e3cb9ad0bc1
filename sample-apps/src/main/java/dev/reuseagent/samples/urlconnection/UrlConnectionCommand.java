package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;

/** The {@code urlconnection <pattern>} subcommand. */
public final class UrlConnectionCommand {

    private UrlConnectionCommand() {
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        PatternName name = PatternName.byCliName(options.pattern()).orElseThrow(() -> new UsageException(
                "unknown urlconnection pattern '" + options.pattern() + "'; expected one of " + PatternName.cliNames()));
        return ClientCommand.run(options, name.cliName(), name.newPattern(tls));
    }
}
