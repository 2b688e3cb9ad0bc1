package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;

import java.io.IOException;
import java.net.URL;

/**
 * {@code close-unread}: each response is closed without reading its body. HttpClient 5 drains the rest of the
 * body on close and keeps the connection (HttpClient 4.5 does not: see the apache4 pattern of the same name).
 */
final class CloseUnreadPattern implements RequestPattern {
    private final CloseableHttpClient client;

    CloseUnreadPattern(Options options, Tls tls) {
        this.client = Apache5Clients.pooled(options, tls.newSslContext());
    }

    @Override
    public int get(URL url) throws IOException {
        try (ClassicHttpResponse response = client.executeOpen(null, new HttpGet(Apache5Clients.uri(url)), null)) {
            SampleOutput.unread(response.getCode());
            return response.getCode(); // closed, body unread
        }
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
