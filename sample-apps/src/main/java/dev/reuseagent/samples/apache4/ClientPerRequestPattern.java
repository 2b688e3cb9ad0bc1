package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code client-per-request}: a new client (with its own connection manager and, like {@code HttpClients.createDefault()},
 * its own SSLContext) for every request, closed after it. Every request opens a new connection, and over HTTPS
 * makes a full TLS handshake.
 */
final class ClientPerRequestPattern implements RequestPattern {
    private final Options options;
    private final Tls tls;

    ClientPerRequestPattern(Options options, Tls tls) {
        this.options = options;
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpClient client = Apache4Clients.pooled(options, tls.newSslContext())) { // the mistake
            return Apache4Clients.consume(client.execute(Apache4Clients.get(url)));
        }
    }
}
