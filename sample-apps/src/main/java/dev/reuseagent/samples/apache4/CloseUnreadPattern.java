package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code close-unread}: each response is closed without reading its body. HttpClient 4.5 does not drain it: it
 * closes the connection (closing the content stream, or {@code EntityUtils.consume}, would have kept it).
 */
final class CloseUnreadPattern implements RequestPattern {
    private final CloseableHttpClient client;

    CloseUnreadPattern(Options options, Tls tls) {
        this.client = Apache4Clients.pooled(options, tls.newSslContext());
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpResponse response = client.execute(Apache4Clients.get(url))) {
            return response.getStatusLine().getStatusCode(); // the mistake: closed, body unread
        }
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
