package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code shared}: the good pattern. One client (one connection manager) for every request and thread; each body
 * read to the end and the response closed, so the connection goes back to the pool. With {@code --threads}
 * above {@code --pool-size} (default 2) requests wait for a pooled connection (lease waits).
 */
final class SharedClientPattern implements RequestPattern {
    private final CloseableHttpClient client;

    SharedClientPattern(Options options, Tls tls) {
        this(Apache4Clients.pooled(options, tls.newSslContext()));
    }

    private SharedClientPattern(CloseableHttpClient client) {
        this.client = client;
    }

    /**
     * {@code legacy-shared}: the same on the legacy API, one {@code DefaultHttpClient} with a
     * PoolingClientConnectionManager (ThreadSafeClientConnManager with {@code -Dsample.legacyManager=tsccm}).
     */
    static SharedClientPattern legacy(Options options, Tls tls) {
        return new SharedClientPattern(LegacyClients.pooled(options, tls.newSslContext()));
    }

    @Override
    public int get(URL url) throws IOException {
        return Apache4Clients.consume(client.execute(Apache4Clients.get(url)));
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
