package dev.reuseagent.model;

/** The client names used in output (contract: they appear in log lines, JSON and the enforce option). */
public final class Clients {

    /** {@code java.net.HttpURLConnection} and {@code HttpsURLConnection}. */
    public static final String URL_CONNECTION = "urlconnection";
    /** A TCP connect made by no client the agent recognises. */
    public static final String UNKNOWN = "unknown";

    private Clients() {
    }
}
