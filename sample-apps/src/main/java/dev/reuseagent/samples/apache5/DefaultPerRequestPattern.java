package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

import java.io.IOException;
import java.net.URL;

/**
 * {@code default-per-request}: {@code HttpClients.createDefault()} for every request, closed after it: the most
 * common form of the mistake. Each client builds its own connection manager (and its own default SSLContext,
 * trusting what the JVM trusts: {@code javax.net.ssl.trustStore}), so every request opens a new connection.
 * With {@code enforce=apache} the clients share one connection manager.
 */
final class DefaultPerRequestPattern implements RequestPattern {

    DefaultPerRequestPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpClient client = HttpClients.createDefault()) { // the mistake
            return client.execute(new HttpGet(Apache5Clients.uri(url)), Apache5Clients::consume);
        }
    }
}
