package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code two-configs-per-request}: a client per request, alternating between the default builder and one that
 * uses the system properties ({@code useSystemProperties()}: its manager's TLS reads {@code https.protocols}).
 * Enforcement shares one manager per configuration: two, never one.
 */
final class TwoConfigsPerRequestPattern implements RequestPattern {
    private final AtomicInteger count = new AtomicInteger();

    TwoConfigsPerRequestPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        HttpClientBuilder builder = HttpClients.custom();
        if (count.getAndIncrement() % 2 == 1) {
            builder.useSystemProperties();
        }
        try (CloseableHttpClient client = builder.build()) {
            return client.execute(new HttpGet(Apache5Clients.uri(url)), Apache5Clients::consume);
        }
    }
}
