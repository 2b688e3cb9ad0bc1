package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code close}: one shared client, bodies read, but every request carries {@code Connection: close} (often added
 * "to avoid stale connections"). The client then discards each connection after its response.
 */
final class ConnectionClosePattern implements RequestPattern {
    private final CloseableHttpClient client;

    ConnectionClosePattern(Options options, Tls tls) {
        this.client = Apache5Clients.pooled(options, tls.newSslContext());
    }

    @Override
    public int get(URL url) throws IOException {
        HttpGet get = new HttpGet(Apache5Clients.uri(url));
        get.setHeader("Connection", "close"); // the mistake
        return client.execute(get, Apache5Clients::consume);
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
