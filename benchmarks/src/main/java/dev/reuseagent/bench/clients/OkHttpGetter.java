package dev.reuseagent.bench.clients;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** OkHttp, compiled against 4.12 and run on whichever version the fork's class path holds (4.12 or 5.x). */
public final class OkHttpGetter implements Getter {
    private final OkHttpClient client;
    private final Request request;

    public OkHttpGetter(String url) {
        this.client = new OkHttpClient();
        this.request = new Request.Builder().url(url).build();
    }

    /**
     * For {@code poolSize} concurrent threads: a pool that keeps {@code poolSize} idle connections (the default
     * keeps 5 and would close the others as they come back). The dispatcher's limits (64 requests, 5 per host)
     * apply to {@code enqueue} only; {@code execute}, used here, runs on the calling thread without them.
     */
    public OkHttpGetter(String url, int poolSize) {
        this.client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(poolSize, 5, TimeUnit.MINUTES))
                .build();
        this.request = new Request.Builder().url(url).build();
    }

    @Override
    public int get() throws Exception {
        try (Response response = client.newCall(request).execute()) {
            return response.body().bytes().length;
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
