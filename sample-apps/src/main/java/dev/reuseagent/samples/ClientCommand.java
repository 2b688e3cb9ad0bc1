package dev.reuseagent.samples;

/**
 * Runs one client's pattern the way every client subcommand does: the requests on {@code --threads} workers, the
 * one result line on stdout, then {@code --linger-ms}. Exit status 0 if every request got a 2xx status, 1 otherwise.
 */
public final class ClientCommand {

    private ClientCommand() {
    }

    /** When the job began: before its client was built, so a shared client's construction is part of the job. */
    private static volatile long jobStart;

    /** Starts the job's clock; called before the pattern (and a shared client) is built. */
    public static void startClock() {
        jobStart = System.nanoTime();
    }

    public static int run(Options options, String patternName, RequestPattern pattern) throws Exception {
        long start = jobStart != 0 ? jobStart : System.nanoTime();
        pattern.beforeFirstRequest();
        RunResult result = new RequestRunner(pattern, options.url(), options.requests(), options.threads(),
                options.pauseMs()).run();
        if (options.end().equals("hook")) {
            closeInShutdownHook(pattern);
        } else if (!options.end().equals("halt")) {
            pattern.afterLastRequest();
        }
        // The job's own time (building the client included, JVM start excluded): what a benchmark compares.
        System.out.println("sample: elapsed-ms=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println(SampleOutput.line());
        System.out.println(resultLine(patternName, options.requests(), result));
        if (options.end().equals("halt")) {
            System.out.flush();
            Runtime.getRuntime().halt(result.allOk() ? 0 : 1);
        }
        if (options.lingerMs() > 0) {
            // Keep the JVM (and its idle connections) alive a little longer, e.g. for a pool's idle eviction.
            Thread.sleep(options.lingerMs());
        }
        return result.allOk() ? 0 : 1;
    }

    /**
     * {@code --end hook}: the pattern's tidy-up (closing its client, so its connections) runs in a shutdown hook, as
     * in an application that closes its clients on shutdown; 300 ms in, so after a quick hook of anyone else.
     */
    private static void closeInShutdownHook(RequestPattern pattern) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(300);
                pattern.afterLastRequest();
            } catch (Exception e) {
                System.err.println("sample: closing the client in the shutdown hook failed: " + e);
            }
        }, "sample-shutdown-hook"));
    }

    /** The last stdout line of a run; its format is a contract with the integration tests. */
    public static String resultLine(String pattern, int requests, RunResult result) {
        return "sample: pattern=" + pattern + " requests=" + requests + " ok=" + result.ok() + " failed=" + result.failed();
    }
}
