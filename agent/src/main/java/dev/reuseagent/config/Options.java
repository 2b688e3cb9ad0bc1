package dev.reuseagent.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Every option of the agent, declared once with its type, default and meaning (docs/contracts.md §5.2). */
public final class Options {

    /** What is logged as it happens. */
    public enum LogLevel { OFF, NEW, ALL }

    /** When the summary is printed. */
    public enum SummaryMode { OFF, EXIT }

    public static final Option<Boolean> ENABLED = new Option<>("enabled", Parsers.bool(), true, "true",
            "true or false", "kill switch: false leaves the application completely untouched");
    public static final Option<LogLevel> LOG = new Option<>("log", Parsers.enumeration(LogLevel.class),
            LogLevel.NEW, "new", Parsers.acceptedNames(LogLevel.class),
            "off; new (new and closed connections); all (also every reused connection)");
    public static final Option<Path> LOG_FILE = new Option<>("logFile", Parsers.writableFile(), null, "stderr",
            "a writable file path (%p: the pid)", "write the agent's log lines and summary to this file instead of stderr");
    public static final Option<Integer> LOG_LIMIT = new Option<>("logLimit", Parsers.nonNegativeInt(), 20, "20",
            "a whole number, 0 or more", "log lines of one kind per origin per minute before the rest are "
            + "counted in one '(+N more ...)' line; 0 = no limit");
    public static final Option<SummaryMode> SUMMARY = new Option<>("summary",
            Parsers.enumeration(SummaryMode.class), SummaryMode.EXIT, "exit",
            Parsers.acceptedNames(SummaryMode.class), "print the per-origin summary table at JVM exit, or not");
    public static final Option<Duration> SUMMARY_INTERVAL = new Option<>("summaryInterval", Parsers.duration(),
            null, "none", "a duration such as 30s or 5m",
            "also print the summary (and write summaryFile) every interval");
    public static final Option<Path> SUMMARY_FILE = new Option<>("summaryFile", Parsers.writableFile(), null,
            "none", "a writable file path (%p: the pid)", "write the summary as JSON (reuse-agent/summary/v1) to this file");
    public static final Option<Path> EVENTS = new Option<>("events", Parsers.writableFile(), null, "none",
            "a writable file path (%p: the pid)", "write every new/reused/closed connection event to this JSON-lines file");
    public static final Option<Boolean> JFR = new Option<>("jfr", Parsers.bool(), false, "false", "true or false",
            "also emit JDK Flight Recorder events reuseagent.NewConnection, ConnectionClosed and ConnectionReused "
            + "(the last disabled unless a recording enables it); they cost a check while nothing records them");
    public static final Option<Boolean> JMX = new Option<>("jmx", Parsers.bool(), false, "false", "true or false",
            "register the MXBean dev.reuseagent:type=Reuse (the per-origin table and totals) with the platform "
            + "MBean server");
    public static final Option<ListenAddress> PROMETHEUS = new Option<>("prometheus", new ListenAddress.ParserOf(),
            null, "off", ListenAddress.ParserOf.ACCEPTED,
            "serve /metrics in the Prometheus text format on this address (loopback unless you mean otherwise)");
    public static final Option<FailOn> FAIL_ON = new Option<>("failOn", new FailOn.ParserOf(), FailOn.NONE, "none",
            FailOn.ParserOf.ACCEPTED, "CI guard: when the JVM ends, if any new connection had one of these reasons, "
            + "list the sites and end with exit status " + FailOn.EXIT_STATUS + " (avoidable: every reason the "
            + "application can fix)");
    /** Client names are checked against the instrumented clients when the agent starts (they live in their slices). */
    public static final Option<Set<String>> ENFORCE = new Option<>("enforce", Parsers.nameSet(),
            Collections.emptySet(), "off", "off, all, or client names joined by '+' (see help for the names)",
            "repair connection reuse at run time for these clients: shared pools and clients, drained bodies "
            + "(the application sees the same bytes; see the README's enforcement section)");
    public static final Option<DrainBound> ENFORCE_DRAIN = new Option<>("enforceDrain", EnforceParsers.drainBound(),
            DrainBound.DEFAULT, DrainBound.DEFAULT.toString(), "a time and/or a size joined by '+', such as 100ms+4MiB",
            "when enforcing: how long and how much of an unread response body is read on close so the connection "
            + "can be reused; beyond either bound it closes as without the agent");
    public static final Option<PoolSize> ENFORCE_POOL_SIZE = new Option<>("enforcePoolSize",
            EnforceParsers.poolSize(), PoolSize.CLIENT_DEFAULT, "client", "client, or per route[/total] such as 8/64",
            "when enforcing: connections per route (and in total) of each pool enforcement shares among clients; "
            + "client = what that client's own default pool allows");
    public static final Option<List<String>> INCLUDE = new Option<>("include",
            Parsers.plusList("host globs joined by '+', such as *.example.com+localhost"), Collections.emptyList(),
            "all", "host globs joined by '+'", "report only origins whose host matches one of these globs");
    public static final Option<List<String>> EXCLUDE = new Option<>("exclude",
            Parsers.plusList("host globs joined by '+', such as *.internal+metrics.local"), Collections.emptyList(),
            "none", "host globs joined by '+'", "do not report origins whose host matches one of these globs");
    public static final Option<Integer> MAX_ORIGINS = new Option<>("maxOrigins", Parsers.positiveInt(), 1000,
            "1000", "a whole number greater than 0",
            "bound on tracked origins and endpoints; the rest are aggregated under 'other'");
    public static final Option<Boolean> SITES = new Option<>("sites", Parsers.bool(), true, "on", "on or off",
            "capture the application code line that caused each new connection");
    public static final Option<List<String>> SITE_EXCLUDE = new Option<>("siteExclude",
            Parsers.plusList("class-name prefixes joined by '+', such as com.acme.http.+com.acme.util."),
            Collections.emptyList(), "none", "class-name prefixes joined by '+'",
            "further class-name prefixes to skip when looking for the application line (JDK, agent, HTTP "
            + "client libraries and the built-in list of HTTP wrapper frameworks - Spring's web clients, Feign, "
            + "Retrofit, ... - are always skipped)");
    public static final Option<Path> CONFIG = new Option<>("config", Parsers.readableFile(), null, "none",
            "a readable properties file", "read further options from this properties file (lowest precedence)");
    public static final Option<Boolean> FAIL_FAST = new Option<>("failFast", Parsers.bool(), false, "false",
            "true or false", "on an invalid option, stop the JVM instead of running the application without the agent");

    /** In the order help prints them. */
    public static final List<Option<?>> ALL = Collections.unmodifiableList(java.util.Arrays.asList(
            LOG, LOG_FILE, LOG_LIMIT, SUMMARY, SUMMARY_INTERVAL, SUMMARY_FILE, EVENTS, JFR, JMX, PROMETHEUS, ENFORCE, ENFORCE_DRAIN,
            ENFORCE_POOL_SIZE, INCLUDE, EXCLUDE,
            MAX_ORIGINS, SITES, SITE_EXCLUDE, FAIL_ON, ENABLED, CONFIG, FAIL_FAST));

    private Options() {
    }

    static Option<?> byKey(String key) {
        for (Option<?> option : ALL) {
            if (option.key().equals(key)) {
                return option;
            }
        }
        return null;
    }

    /** The text {@code java -jar reuse-agent.jar help} prints. */
    public static String helpText() {
        StringBuilder out = new StringBuilder();
        out.append("reuse-agent options. Set them as -javaagent:reuse-agent.jar=key=value,key=value, as\n")
           .append("-Dreuse.agent.key=value, as environment REUSE_AGENT_KEY=value, or in the file named by\n")
           .append("config=path (highest precedence first).\n\n");
        out.append(String.format("%-16s %-10s %s%n", "key", "default", "meaning (accepted values)"));
        for (Option<?> option : ALL) {
            out.append(String.format("%-16s %-10s %s (%s)%n", option.key(), option.defaultText(),
                    option.description(), option.accepted()));
        }
        return out.toString();
    }
}
