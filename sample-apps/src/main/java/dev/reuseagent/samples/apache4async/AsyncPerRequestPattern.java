package dev.reuseagent.samples.apache4async;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;

import java.net.URL;

/**
 * {@code client-per-request}: the bad pattern. A new client per request (its own connection manager and I/O
 * reactor threads), closed after it: no connection is ever reused.
 */
final class AsyncPerRequestPattern implements RequestPattern {
    private final Tls tls;

    AsyncPerRequestPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws Exception {
        try (CloseableHttpAsyncClient client = Apache4AsyncClients.started(tls)) {
            return Apache4AsyncClients.consume(client.execute(Apache4AsyncClients.get(url), null).get());
        }
    }
}
