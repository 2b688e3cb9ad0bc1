package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.TimeUnit;

/**
 * {@code short-keep-alive}: one OkHttpClient whose ConnectionPool keeps idle connections for 1 s only (OkHttp's
 * default is 5 min). With {@code --pause-ms} above that, the pool evicts each connection before the next request.
 */
final class ShortKeepAlivePattern implements RequestPattern {

    static final long KEEP_ALIVE_MS = 1000;

    private final OkHttpClient client;

    ShortKeepAlivePattern(OkHttpClients clients) {
        this.client = clients.newBuilder()
                .connectionPool(new ConnectionPool(5, KEEP_ALIVE_MS, TimeUnit.MILLISECONDS))
                .build();
    }

    @Override
    public int get(URL url) throws IOException {
        return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
    }
}
