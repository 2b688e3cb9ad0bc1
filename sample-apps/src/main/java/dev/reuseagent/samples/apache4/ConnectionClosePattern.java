package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code close}: one shared client, bodies read, but every request carries {@code Connection: close} (often added
 * "to avoid stale connections"). The client then discards each connection after its response.
 */
final class ConnectionClosePattern implements RequestPattern {
    private final CloseableHttpClient client;

    ConnectionClosePattern(Options options, Tls tls) {
        this.client = Apache4Clients.pooled(options, tls.newSslContext());
    }

    @Override
    public int get(URL url) throws IOException {
        HttpGet get = Apache4Clients.get(url);
        get.setHeader("Connection", "close"); // the mistake
        return Apache4Clients.consume(client.execute(get));
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
