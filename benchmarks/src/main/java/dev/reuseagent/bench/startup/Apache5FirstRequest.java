package dev.reuseagent.bench.startup;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.util.function.Function;

/** Builds an Apache HttpClient 5.5 classic client (default pooling connection manager) and makes one request. */
public final class Apache5FirstRequest implements Function<String, Integer>, AutoCloseable {

    private CloseableHttpClient client;

    @Override
    public Integer apply(String url) {
        client = HttpClients.createDefault();
        try {
            return client.execute(new HttpGet(url), response -> EntityUtils.toByteArray(response.getEntity()).length);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
