package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.config.SocketConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code two-configs-per-request}: a client per request, alternating between the default builder and one with
 * another socket configuration (a new but equal {@code SocketConfig} each time). Enforcement shares one manager
 * per configuration: two, never one.
 */
final class TwoConfigsPerRequestPattern implements RequestPattern {
    private final AtomicInteger count = new AtomicInteger();

    TwoConfigsPerRequestPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        HttpClientBuilder builder = HttpClients.custom();
        if (count.getAndIncrement() % 2 == 1) {
            builder.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(false).build());
        }
        try (CloseableHttpClient client = builder.build()) {
            return Apache4Clients.consume(client.execute(Apache4Clients.get(url)));
        }
    }
}
