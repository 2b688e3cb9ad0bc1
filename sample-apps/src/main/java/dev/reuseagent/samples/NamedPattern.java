package dev.reuseagent.samples;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One pattern of a client subcommand: its command-line name (a contract with the integration tests), a help line,
 * and how to build it. A subcommand keeps a list of these and looks the chosen one up here.
 */
public record NamedPattern(String cliName, String help, BiFunction<Options, Tls, RequestPattern> constructor) {

    /** The pattern named on the command line, built; a usage error naming the accepted names otherwise. */
    public static NamedPattern find(List<NamedPattern> patterns, String client, String name) throws UsageException {
        for (NamedPattern p : patterns) {
            if (p.cliName.equals(name)) {
                return p;
            }
        }
        throw new UsageException("unknown " + client + " pattern '" + name + "'; expected one of "
                + patterns.stream().map(NamedPattern::cliName).collect(Collectors.joining(", ")));
    }

    /** One help line per pattern, aligned like the urlconnection help. */
    public static String help(List<NamedPattern> patterns) {
        return patterns.stream().map(p -> String.format("  %-19s%s", p.cliName, p.help))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** Runs the chosen pattern as every client subcommand does. */
    public int run(Options options, Tls tls) throws Exception {
        return ClientCommand.run(options, cliName, constructor.apply(options, tls));
    }
}
