package dev.reuseagent.bench.startup;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.util.function.Function;

/**
 * Builds an {@code OkHttpClient} and makes one request. Compiled against OkHttp 4.12 and loaded, by the probe, in a
 * class loader holding either OkHttp 4.12 or OkHttp 5.3 (the calls used are the same in both).
 */
public final class OkHttpFirstRequest implements Function<String, Integer>, AutoCloseable {

    private OkHttpClient client;

    @Override
    public Integer apply(String url) {
        client = new OkHttpClient();
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.body().bytes().length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
