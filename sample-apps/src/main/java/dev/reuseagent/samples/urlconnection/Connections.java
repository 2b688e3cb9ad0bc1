package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/** The steps the patterns share, so each pattern class shows only what makes it different. */
final class Connections {
    // Generous, but finite: a hung server fails the request instead of hanging the run (the watchdog is last resort).
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = dev.reuseagent.samples.ReadTimeout.millis(30_000);

    private Connections() {
    }

    /** Opens a GET; for HTTPS, sets {@code factory} on the connection. Nothing is sent until the status is asked for. */
    static HttpURLConnection openGet(URL url, SSLSocketFactory factory) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(factory);
        }
        connection.setRequestMethod("GET");
        connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
        connection.setReadTimeout(READ_TIMEOUT_MS);
        return connection;
    }

    /**
     * Reads the body to EOF and closes it: what lets HttpURLConnection put the connection back in its keep-alive
     * cache. For 4xx/5xx the body is the error stream, which must be drained just the same.
     */
    static void readFullyAndClose(HttpURLConnection connection, int status) throws IOException {
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (body == null) {
            SampleOutput.response(status, new byte[0]); // no body at all (e.g. an error without content)
            return;
        }
        try (body) {
            SampleOutput.response(status, body.readAllBytes());
        }
    }
}
