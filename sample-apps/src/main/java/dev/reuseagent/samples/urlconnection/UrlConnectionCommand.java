package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.Tls;

/** The {@code urlconnection <pattern>} subcommand: run the pattern, print the one result line, report the status. */
public final class UrlConnectionCommand {

    private UrlConnectionCommand() {
    }

    /** @return 0 if every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws InterruptedException {
        UrlConnectionPattern pattern = options.pattern().newPattern(tls);
        pattern.beforeFirstRequest();
        RunResult result = new RequestRunner(pattern, options.url(), options.requests(), options.threads(), options.pauseMs()).run();
        System.out.println(resultLine(options.pattern().cliName(), options.requests(), result));
        if (options.lingerMs() > 0) {
            // Keep the JVM (and its idle connections) alive a little longer, e.g. for the JDK's keep-alive timer.
            Thread.sleep(options.lingerMs());
        }
        return result.allOk() ? 0 : 1;
    }

    /** The last stdout line of a run; its format is a contract with the integration tests. */
    public static String resultLine(String pattern, int requests, RunResult result) {
        return "sample: pattern=" + pattern + " requests=" + requests + " ok=" + result.ok() + " failed=" + result.failed();
    }
}
