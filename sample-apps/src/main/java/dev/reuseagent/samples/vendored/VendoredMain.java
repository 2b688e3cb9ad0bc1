package dev.reuseagent.samples.vendored;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.UsageException;
import dev.reuseagent.samples.Watchdog;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Entry point of sample-apps-vendored.jar: a relocated copy of a known client. The jar holds Apache HttpClient 4.5
 * relocated to {@value #RELOCATED_PREFIX}org.apache.http (with commons-logging and commons-codec), the way many
 * products ship a private copy; the agent recognises it by the shape of its classes and reports it as
 * {@code apache4}, the relocation noted, with this package's line as site (RelocatedClientTest).
 *
 * <pre>
 * java -jar sample-apps-vendored.jar &lt;shared|client-per-request&gt; --url URL [--requests N] [--threads T]
 *      [--pause-ms P] [--trust-pem FILE] [--max-seconds S] [--linger-ms L] [--pool-size N]
 * </pre>
 *
 * The options are those of the {@code apache4} subcommand of sample-apps.jar; the last stdout line is the same
 * {@link ClientCommand#resultLine} as every sample's. Exit status 0 all requests 2xx, 1 some failed, 2 bad
 * arguments or not relocated, 3 halted by the watchdog.
 */
public final class VendoredMain {

    /**
     * Where sample-apps/pom.xml relocates the library. Checked at start: the same classes sit unrelocated in
     * sample-apps.jar, where they would be plain {@code apache4} traffic and prove nothing.
     */
    static final String RELOCATED_PREFIX = "com.acme.vendor.shaded.";
    private static final int EXIT_USAGE = 2;

    private VendoredMain() {
    }

    public static void main(String[] args) throws Exception {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args) throws Exception {
        String library = CloseableHttpClient.class.getName();
        if (!library.startsWith(RELOCATED_PREFIX)) {
            System.err.println("sample: vendored: HttpClient is not relocated here (" + library + "); run "
                    + "sample-apps-vendored.jar, not sample-apps.jar");
            return EXIT_USAGE;
        }
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.err.println("usage: java -jar sample-apps-vendored.jar <pattern> --url <URL> [--requests N] "
                    + "[--threads T] [--pause-ms P] [--trust-pem F] [--max-seconds S] [--linger-ms L] [--pool-size N]"
                    + System.lineSeparator() + "patterns:" + System.lineSeparator() + VendoredPatterns.HELP);
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        Options options;
        Tls tls;
        RequestPattern pattern;
        try {
            options = Options.parse(asApache4Command(args));
            tls = options.trustPem() == null ? Tls.jdkDefaultTrust() : Tls.trustingPem(options.trustPem());
            pattern = VendoredPatterns.byName(options.pattern(), options, tls);
        } catch (UsageException | IOException | GeneralSecurityException e) {
            System.err.println("sample: vendored: " + e.getMessage());
            return EXIT_USAGE;
        }
        Watchdog.start(options.maxSeconds());
        return ClientCommand.run(options, options.pattern(), pattern);
    }

    /** The command line of sample-apps.jar's apache4 subcommand, whose options this one shares. */
    private static String[] asApache4Command(String[] args) {
        String[] command = new String[args.length + 1];
        command[0] = Options.Command.APACHE4.cliName();
        System.arraycopy(args, 0, command, 1, args.length);
        return command;
    }
}
