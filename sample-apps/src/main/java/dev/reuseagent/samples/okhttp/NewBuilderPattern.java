package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.TimeUnit;

/**
 * {@code new-builder}: one base client, and per request {@code base.newBuilder()...build()} with its own timeout.
 * Looks like a client per request, but newBuilder() keeps the base's pool and socket factory: connections are
 * reused. OkHttp's documented way to customise a shared client.
 */
final class NewBuilderPattern implements RequestPattern {

    private final OkHttpClient base;

    NewBuilderPattern(OkHttpClients clients) {
        this.base = clients.newBuilder().build();
    }

    @Override
    public int get(URL url) throws IOException {
        OkHttpClient client = base.newBuilder().readTimeout(30, TimeUnit.SECONDS).build();
        return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
    }
}
