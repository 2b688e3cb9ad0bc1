package dev.reuseagent.samples;

/** One way of doing a GET with some HTTP client; each implementation is one named pattern of one client. */
public interface RequestPattern {

    /** Performs one GET of {@code url} the way this pattern does it and returns the HTTP status code. */
    int get(java.net.URL url) throws Exception;

    /** Runs once, before the first request of the JVM; for patterns that need process-wide setup. */
    default void beforeFirstRequest() {
    }

    /** Runs once after the last request, e.g. to close a shared client the way a tidy application would. */
    default void afterLastRequest() throws Exception {
    }
}
