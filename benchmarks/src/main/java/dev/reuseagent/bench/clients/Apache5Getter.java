package dev.reuseagent.bench.clients;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Apache HttpClient 5 classic API with its default pooling connection manager. */
public final class Apache5Getter implements Getter {
    private final CloseableHttpClient client = HttpClients.createDefault();
    private final String url;

    public Apache5Getter(String url) {
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
