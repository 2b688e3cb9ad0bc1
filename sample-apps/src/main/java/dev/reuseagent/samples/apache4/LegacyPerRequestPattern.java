package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.impl.client.DefaultHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code legacy-per-request}: the legacy API's version of the mistake, a {@code new DefaultHttpClient()} (its own
 * connection manager and SSLContext) for every request, closed after it. Every request opens a new connection.
 */
@SuppressWarnings("deprecation")
final class LegacyPerRequestPattern implements RequestPattern {
    private final Tls tls;

    LegacyPerRequestPattern(Options options, Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        try (DefaultHttpClient client = LegacyClients.basic(tls.newSslContext())) { // the mistake
            return Apache4Clients.consume(client.execute(Apache4Clients.get(url)));
        }
    }
}
