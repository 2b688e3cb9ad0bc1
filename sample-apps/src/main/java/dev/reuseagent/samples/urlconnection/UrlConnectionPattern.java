package dev.reuseagent.samples.urlconnection;

import java.io.IOException;
import java.net.URL;

/** One way of doing a GET with {@link java.net.HttpURLConnection}; each implementation is one named pattern. */
public interface UrlConnectionPattern {

    /** Performs one GET of {@code url} the way this pattern does it and returns the HTTP status code. */
    int get(URL url) throws IOException;

    /** Runs once, before the first request of the JVM; for patterns that need process-wide setup. */
    default void beforeFirstRequest() {
    }
}
