package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code shared}: the good pattern. One client (one connection manager) for every request and thread; a response
 * handler reads each body to the end, so the connection goes back to the pool. With {@code --threads} above
 * {@code --pool-size} requests wait for a pooled connection (lease waits) instead of opening more.
 */
final class SharedClientPattern implements RequestPattern {
    private final CloseableHttpClient client;

    SharedClientPattern(Options options, Tls tls) {
        this(Apache5Clients.pooled(options, tls.newSslContext()));
    }

    /** The same use of a client built elsewhere. */
    SharedClientPattern(CloseableHttpClient client) {
        this.client = client;
    }

    @Override
    public int get(URL url) throws IOException {
        return client.execute(new HttpGet(Apache5Clients.uri(url)), Apache5Clients::consume);
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
