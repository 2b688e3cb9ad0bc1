package dev.reuseagent.samples.apache4async;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code shared-with-sync}: one shared HttpAsyncClient 4.1 and one shared classic HttpClient 4.5 in the same JVM and
 * class loader (httpasyncclient depends on httpclient's jars), taking turns: each keeps one connection, the first
 * request an async one.
 */
final class AsyncWithSyncPattern implements RequestPattern {
    private final CloseableHttpAsyncClient async;
    private final CloseableHttpClient sync;
    private final AtomicInteger turn = new AtomicInteger();

    AsyncWithSyncPattern(Tls tls) {
        this.async = Apache4AsyncClients.started(tls);
        this.sync = HttpClients.custom().setSSLContext(tls.newSslContext()).build();
    }

    @Override
    public int get(URL url) throws Exception {
        if (turn.getAndIncrement() % 2 == 0) {
            return Apache4AsyncClients.consume(async.execute(Apache4AsyncClients.get(url), null).get());
        }
        try (CloseableHttpResponse response = sync.execute(Apache4AsyncClients.get(url))) {
            return Apache4AsyncClients.consume(response);
        }
    }

    @Override
    public void afterLastRequest() throws IOException {
        async.close();
        sync.close();
    }
}
