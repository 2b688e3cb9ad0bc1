package dev.reuseagent.bench.clients;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Apache HttpClient 5 classic API with its default pooling connection manager. */
public final class Apache5Getter implements Getter {
    private final CloseableHttpClient client;
    private final String url;

    public Apache5Getter(String url) {
        this.client = HttpClients.createDefault();
        this.url = url;
    }

    /**
     * For {@code poolSize} concurrent threads: the same pooling manager with {@code poolSize} connections per route
     * and in total (the defaults are 5 per route and 25 in total).
     */
    public Apache5Getter(String url, int poolSize) {
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(poolSize).setMaxConnTotal(poolSize).build())
                .build();
        this.url = url;
    }

    @Override
    public int get() throws Exception {
        return client.execute(new HttpGet(url), response -> EntityUtils.toByteArray(response.getEntity()).length);
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
