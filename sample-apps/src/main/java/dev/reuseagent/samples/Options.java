package dev.reuseagent.samples;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parsed command line. The syntax is a contract with the integration tests, so parsing is strict: an
 * unknown option or a bad value is an error rather than something silently ignored.
 *
 * <pre>
 * urlconnection &lt;pattern&gt; --url URL [--requests N] [--threads T] [--pause-ms P] [--trust-pem FILE] [--max-seconds S]
 *               [--linger-ms L] [--end return|hook|halt]
 * jdkhttp|okhttp|apache5|apache5-async|apache4 &lt;pattern&gt; --url URL [the same] [--protocol http1|h2] [--pool-size N]
 * spring|feign|google|retrofit &lt;pattern&gt; --url URL [the urlconnection options]
 * netty &lt;pattern&gt; --url URL [the urlconnection options]
 * reactor &lt;pattern&gt; --url URL [the urlconnection options] [--protocol http1|h2]
 * jetty &lt;pattern&gt; --url URL [the urlconnection options] [--protocol http1|h2]
 * demo [--max-seconds S]
 * isolation --url URL [--requests N] [--threads T] [--pause-ms P] [--trust-pem FILE] [--max-seconds S]
 * help
 * </pre>
 */
public record Options(
        Command command,
        String pattern,
        URL url,
        int requests,
        int threads,
        long pauseMs,
        Path trustPem,
        int maxSeconds,
        long lingerMs,
        String protocol,
        int poolSize,
        String end) {

    public static final int DEFAULT_REQUESTS = 10;
    public static final int DEFAULT_THREADS = 1;
    public static final long DEFAULT_PAUSE_MS = 0;
    public static final int DEFAULT_MAX_SECONDS = 120;
    public static final String DEFAULT_PROTOCOL = "http1";
    /** How a run ends after its requests: see {@link #END_VALUES}. */
    public static final String DEFAULT_END = "return";
    /**
     * {@code return}: tidy up (close the client) and return from main; {@code hook}: leave the client to a shutdown
     * hook that closes it 300 ms into the JVM's shutdown; {@code halt}: Runtime.halt(0) right after the result line,
     * no shutdown at all (a crash, as far as anything buffered is concerned).
     */
    public static final Set<String> END_VALUES = Set.of("return", "hook", "halt");
    private static final Set<String> PROTOCOLS = Set.of("http1", "h2");
    private static final Set<String> REQUEST_OPTIONS = Set.of("--url", "--requests", "--threads", "--pause-ms",
            "--trust-pem", "--max-seconds", "--linger-ms", "--end");
    private static final Set<String> CLIENT_OPTIONS = union(REQUEST_OPTIONS, Set.of("--protocol", "--pool-size"));

    /** The subcommands, with the options each one accepts. */
    public enum Command {
        URLCONNECTION("urlconnection", REQUEST_OPTIONS),
        JDKHTTP("jdkhttp", CLIENT_OPTIONS),
        OKHTTP("okhttp", CLIENT_OPTIONS),
        APACHE5("apache5", CLIENT_OPTIONS),
        APACHE5_ASYNC("apache5-async", CLIENT_OPTIONS),
        APACHE4("apache4", CLIENT_OPTIONS),
        SPRING("spring", REQUEST_OPTIONS),
        FEIGN("feign", REQUEST_OPTIONS),
        GOOGLE("google", REQUEST_OPTIONS),
        RETROFIT("retrofit", REQUEST_OPTIONS),
        NETTY("netty", REQUEST_OPTIONS),
        REACTOR("reactor", union(REQUEST_OPTIONS, Set.of("--protocol"))),
        APACHE4_ASYNC("apache4-async", REQUEST_OPTIONS),
        JETTY("jetty", union(REQUEST_OPTIONS, Set.of("--protocol"))),
        VERTX("vertx", REQUEST_OPTIONS),
        AWS("aws", union(REQUEST_OPTIONS, Set.of("--protocol"))),
        GRPC("grpc", REQUEST_OPTIONS),
        DEMO("demo", Set.of("--max-seconds")),
        ISOLATION("isolation", Set.of("--url", "--requests", "--threads", "--pause-ms", "--trust-pem", "--max-seconds")),
        HELP("help", Set.of());

        private final String cliName;
        private final Set<String> acceptedOptions;

        Command(String cliName, Set<String> acceptedOptions) {
            this.cliName = cliName;
            this.acceptedOptions = acceptedOptions;
        }

        public String cliName() {
            return cliName;
        }

        static Command byName(String name) throws UsageException {
            if (name.equals("-h") || name.equals("--help")) {
                return HELP;
            }
            for (Command c : values()) {
                if (c.cliName.equals(name)) {
                    return c;
                }
            }
            throw new UsageException("unknown subcommand '" + name + "'; expected one of " + names());
        }

        /** The subcommands that run a client pattern: {@code <command> <pattern> --url ...}. */
        public boolean takesPattern() {
            return this != DEMO && this != ISOLATION && this != HELP;
        }

        static String names() {
            return java.util.Arrays.stream(values()).map(Command::cliName).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    public static Options parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("missing subcommand; expected one of " + Command.names());
        }
        Command command = Command.byName(args[0]);
        int next = 1;

        String pattern = null;
        if (command.takesPattern()) {
            // Each client's command checks the name against its own patterns.
            if (args.length < 2 || args[1].startsWith("--")) {
                throw new UsageException(command.cliName() + " needs a pattern first (see help)");
            }
            pattern = args[1];
            next = 2;
        }

        URL url = null;
        int requests = DEFAULT_REQUESTS;
        int threads = DEFAULT_THREADS;
        long pauseMs = DEFAULT_PAUSE_MS;
        Path trustPem = null;
        int maxSeconds = DEFAULT_MAX_SECONDS;
        long lingerMs = 0;
        String protocol = DEFAULT_PROTOCOL;
        int poolSize = 0;
        String end = DEFAULT_END;

        for (int i = next; i < args.length; i += 2) {
            String option = args[i];
            if (!option.startsWith("--")) {
                throw new UsageException("unexpected argument '" + option + "' for " + command.cliName());
            }
            if (!command.acceptedOptions.contains(option)) {
                throw new UsageException("unknown option " + option + " for " + command.cliName()
                        + (command.acceptedOptions.isEmpty() ? "" : "; accepted: " + String.join(", ", sorted(command.acceptedOptions))));
            }
            if (i + 1 >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--url" -> url = parseUrl(value);
                case "--requests" -> requests = parseInt(option, value, 1);
                case "--threads" -> threads = parseInt(option, value, 1);
                case "--pause-ms" -> pauseMs = parseInt(option, value, 0);
                case "--trust-pem" -> trustPem = existingFile(option, value);
                case "--max-seconds" -> maxSeconds = parseInt(option, value, 1);
                case "--linger-ms" -> lingerMs = parseInt(option, value, 0);
                case "--protocol" -> protocol = oneOf(option, value, PROTOCOLS);
                case "--pool-size" -> poolSize = parseInt(option, value, 1);
                case "--end" -> end = oneOf(option, value, END_VALUES);
                default -> throw new IllegalStateException("option accepted but not handled: " + option);
            }
        }

        if ((command.takesPattern() || command == Command.ISOLATION) && url == null) {
            throw new UsageException(command.cliName() + " needs --url");
        }
        return new Options(command, pattern, url, requests, threads, pauseMs, trustPem, maxSeconds, lingerMs,
                protocol, poolSize, end);
    }

    /** HTTP/2 asked for ({@code --protocol h2}); over http:// that means h2 with prior knowledge. */
    public boolean http2() {
        return protocol.equals("h2");
    }

    /** {@code --pool-size}: connections per route/host the client's pool may hold; 0 means the library default. */
    public int poolSizeOr(int libraryDefault) {
        return poolSize == 0 ? libraryDefault : poolSize;
    }

    private static String oneOf(String option, String value, Set<String> accepted) throws UsageException {
        if (!accepted.contains(value)) {
            throw new UsageException(option + " must be one of " + String.join(", ", sorted(accepted)) + ", got '" + value + "'");
        }
        return value;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static URL parseUrl(String value) throws UsageException {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new UsageException("--url must be an http:// or https:// URL, got '" + value + "'");
            }
            if (uri.getHost() == null) {
                throw new UsageException("--url has no host: '" + value + "'");
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new UsageException("--url is not a valid URL: '" + value + "' (" + e.getMessage() + ")");
        }
    }

    private static int parseInt(String option, String value, int min) throws UsageException {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " expects a whole number, got '" + value + "'");
        }
        if (parsed < min) {
            throw new UsageException(option + " must be at least " + min + ", got " + parsed);
        }
        return parsed;
    }

    private static Path existingFile(String option, String value) throws UsageException {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + " file not found: " + value);
        }
        return path;
    }

    private static List<String> sorted(Set<String> options) {
        return options.stream().sorted().toList();
    }
}
