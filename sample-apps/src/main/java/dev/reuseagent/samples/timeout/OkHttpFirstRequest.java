package dev.reuseagent.samples.timeout;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.net.URL;
import java.util.concurrent.TimeUnit;

/** OkHttp 4.x or 5.x: a whole-call timeout ({@code callTimeout}). */
final class OkHttpFirstRequest implements FirstRequestTimeout.FirstRequest {

    private final OkHttpClient client;
    private final Request request;

    OkHttpFirstRequest(URL url, int timeoutMs) {
        this.client = new OkHttpClient.Builder().callTimeout(timeoutMs, TimeUnit.MILLISECONDS).build();
        this.request = new Request.Builder().url(url).build();
    }

    @Override
    public Integer call() throws Exception {
        try (Response response = client.newCall(request).execute()) {
            response.body().bytes();
            return response.code();
        }
    }
}
