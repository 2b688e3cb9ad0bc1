package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

import java.io.IOException;
import java.net.URL;

/**
 * {@code ssl-context-per-request}: a builder without a connection manager per request, but given a new
 * SSLContext each time ({@code HttpClients.custom().setSSLContext(...)}). Clients with different SSL contexts are
 * never merged by enforcement: every request still opens a new connection.
 */
final class SslContextPerRequestPattern implements RequestPattern {
    private final Tls tls;

    SslContextPerRequestPattern(Options options, Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpClient client = HttpClients.custom().setSSLContext(tls.newSslContext()).build()) {
            return Apache4Clients.consume(client.execute(Apache4Clients.get(url)));
        }
    }
}
