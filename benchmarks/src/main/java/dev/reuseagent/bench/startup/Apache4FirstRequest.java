package dev.reuseagent.bench.startup;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.util.function.Function;

/** Builds an Apache HttpClient 4.5 (default pooling connection manager) and makes one request. */
public final class Apache4FirstRequest implements Function<String, Integer>, AutoCloseable {

    private CloseableHttpClient client;

    @Override
    public Integer apply(String url) {
        client = HttpClients.createDefault();
        try (CloseableHttpResponse response = client.execute(new HttpGet(url))) {
            return EntityUtils.toByteArray(response.getEntity()).length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
