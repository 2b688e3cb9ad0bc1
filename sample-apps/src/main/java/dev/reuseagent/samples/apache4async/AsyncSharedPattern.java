package dev.reuseagent.samples.apache4async;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;

import java.io.IOException;
import java.net.URL;

/** {@code shared}: the good pattern. One started client (one connection manager) for every request and thread. */
final class AsyncSharedPattern implements RequestPattern {
    private final CloseableHttpAsyncClient client;

    AsyncSharedPattern(Tls tls) {
        this.client = Apache4AsyncClients.started(tls);
    }

    @Override
    public int get(URL url) throws Exception {
        return Apache4AsyncClients.consume(client.execute(Apache4AsyncClients.get(url), null).get());
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
