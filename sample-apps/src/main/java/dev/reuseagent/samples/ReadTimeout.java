package dev.reuseagent.samples;

/**
 * The read (socket) timeout the clients of a run use: their pattern's own default, unless the test sets
 * {@code -Dsample.readTimeoutMs=300} to meet a server that never answers within a short time (a failed
 * exchange, not a hung run).
 */
public final class ReadTimeout {

    /** The system property a test sets. */
    public static final String PROPERTY = "sample.readTimeoutMs";

    private ReadTimeout() {
    }

    /** Milliseconds: the property when set, else {@code patternDefaultMs}. */
    public static int millis(int patternDefaultMs) {
        Integer set = Integer.getInteger(PROPERTY);
        return set == null ? patternDefaultMs : set;
    }
}
