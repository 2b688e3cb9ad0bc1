package dev.reuseagent.samples.spring;

import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.PatternTable;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

/**
 * The {@code spring <pattern>} subcommand: Spring's web clients (spring-web 7) over the JDK's own HTTP clients,
 * RestTemplate over HttpURLConnection and RestClient over java.net.http (what {@code RestClient.create()} picks
 * when no other client library is on the class path). The agent must name these classes' lines as the code site,
 * never Spring's.
 */
public final class SpringCommand {

    static final PatternTable PATTERNS = new PatternTable("spring")
            .add("rest-template-shared", "one RestTemplate (HttpURLConnection underneath) for every request (the good one)")
            .add("rest-template-per-request", "(https) a new RestTemplate per request, each with its own SSLSocketFactory")
            .add("rest-client-shared", "one RestClient.create() (java.net.http underneath) for every request (the good one)")
            .add("rest-client-per-request", "RestClient.create() per request: a new java.net.http client and pool each time");

    private SpringCommand() {
    }

    public static String patternHelp() {
        return PATTERNS.help();
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        RequestPattern pattern = switch (options.pattern()) {
            case "rest-template-shared" -> new RestTemplateSharedPattern(tls);
            case "rest-template-per-request" -> new RestTemplatePerRequestPattern(tls);
            case "rest-client-shared" -> new RestClientSharedPattern(tls);
            case "rest-client-per-request" -> new RestClientPerRequestPattern(tls);
            default -> throw PATTERNS.unknown(options.pattern());
        };
        return ClientCommand.run(options, options.pattern(), pattern);
    }
}
