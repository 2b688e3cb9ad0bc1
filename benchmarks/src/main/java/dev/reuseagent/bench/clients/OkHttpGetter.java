package dev.reuseagent.bench.clients;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** OkHttp, compiled against 4.12 and run on whichever version the fork's class path holds (4.12 or 5.x). */
public final class OkHttpGetter implements Getter {
    private final OkHttpClient client = new OkHttpClient();
    private final Request request;

    public OkHttpGetter(String url) {
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
