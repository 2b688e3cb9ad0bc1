package dev.reuseagent.samples.timeout;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/** HttpURLConnection: connect and read timeouts (it has no whole-call timeout). */
final class UrlConnectionFirstRequest implements FirstRequestTimeout.FirstRequest {

    private final URL url;
    private final int timeoutMs;

    UrlConnectionFirstRequest(URL url, int timeoutMs) {
        this.url = url;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public Integer call() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(timeoutMs);
        connection.setReadTimeout(timeoutMs);
        try (InputStream in = connection.getInputStream()) {
            in.readAllBytes();
        }
        return connection.getResponseCode();
    }
}
