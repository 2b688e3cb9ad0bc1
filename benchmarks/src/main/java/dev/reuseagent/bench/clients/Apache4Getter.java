package dev.reuseagent.bench.clients;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Apache HttpClient 4.5 with its default pooling connection manager. */
public final class Apache4Getter implements Getter {
    private final CloseableHttpClient client;
    private final String url;

    public Apache4Getter(String url) {
        this.client = HttpClients.createDefault();
        this.url = url;
    }

    /**
     * For {@code poolSize} concurrent threads: the same pooling manager with {@code poolSize} connections per route
     * and in total (the defaults, 2 per route and 20 in total, would make six of eight threads wait for a lease).
     */
    public Apache4Getter(String url, int poolSize) {
        this.client = HttpClients.custom().setMaxConnPerRoute(poolSize).setMaxConnTotal(poolSize).build();
        this.url = url;
    }

    @Override
    public int get() throws Exception {
        try (CloseableHttpResponse response = client.execute(new HttpGet(url))) {
            return EntityUtils.toByteArray(response.getEntity()).length;
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
