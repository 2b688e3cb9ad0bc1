package dev.reuseagent.bench.enforce;

/**
 * The three jobs compared for each client: the bad pattern without the agent (what the user has today), the same
 * bad pattern with the agent enforcing (what one JVM flag should buy), and the well-written shared-client job
 * without the agent (the ceiling: what the code fix buys).
 */
public enum EnforceConfig {
    BAD("bad", "default client per request, no agent", null, false),
    ENFORCE("enforce", "default client per request, enforcing", null, true),
    SHARED("shared", "shared client, no agent", "shared", false);

    public final String id;
    public final String label;
    /**
     * The sample-apps pattern name (the same for every client, see {@code sample-apps-demo.jar help}); the bad
     * jobs' one can be changed with {@code -Dbench.badPattern} (both take it, so they stay the same job) and the
     * shared job's with {@code -Dbench.sharedPattern}.
     */
    private final String pattern;
    public final boolean withAgent;

    /** @param pattern the pattern for every client, or null: each client's own bad pattern */
    EnforceConfig(String id, String label, String pattern, boolean withAgent) {
        this.id = id;
        this.label = label;
        this.pattern = System.getProperty(withAgent || id.equals("bad") ? "bench.badPattern" : "bench.sharedPattern",
                pattern);
        this.withAgent = withAgent;
    }

    /** The sample-apps pattern this job runs for {@code client}. */
    public String pattern(EnforceClient client) {
        return pattern != null ? pattern : client.badPattern;
    }
}
