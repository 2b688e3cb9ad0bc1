package dev.reuseagent.model;

/** The client names used in output (contract: they appear in log lines, JSON and the enforce option). */
public final class Clients {

    /** {@code java.net.HttpURLConnection} and {@code HttpsURLConnection}. */
    public static final String URL_CONNECTION = "urlconnection";
    /** {@code java.net.http.HttpClient}. */
    public static final String JDK_HTTP = "jdkhttp";
    /** OkHttp 4 and 5 ({@code okhttp3.OkHttpClient}). */
    public static final String OKHTTP = "okhttp";
    /** Apache HttpClient 5 ({@code org.apache.hc.client5}). */
    public static final String APACHE5 = "apache5";
    /** Apache HttpClient 4 ({@code org.apache.http}). */
    public static final String APACHE4 = "apache4";
    /** A TCP connect made by no client the agent recognises. */
    public static final String UNKNOWN = "unknown";

    private Clients() {
    }
}
