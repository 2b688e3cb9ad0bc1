package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code async}: one shared client, each request {@code enqueue()}d and its body read and closed in the callback, on
 * OkHttp's dispatcher threads. The caller waits for the result, so {@code --threads} sets the concurrency.
 */
final class AsyncPattern implements RequestPattern {

    private final OkHttpClient client;

    AsyncPattern(OkHttpClients clients) {
        this.client = clients.newBuilder().build();
    }

    @Override
    public int get(URL url) throws Exception {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        client.newCall(OkHttpClients.get(url)).enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) {
                try {
                    status.complete(OkHttpClients.readFully(response));
                } catch (IOException | RuntimeException e) {
                    status.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call call, IOException e) {
                status.completeExceptionally(e);
            }
        });
        return status.get(60, TimeUnit.SECONDS);
    }

    /** The dispatcher's threads are not daemons: a tidy application shuts them down. */
    @Override
    public void afterLastRequest() {
        client.dispatcher().executorService().shutdown();
    }
}
