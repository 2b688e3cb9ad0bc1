package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;

/** {@code shared}: the good pattern. One OkHttpClient for every request, each body read and closed. */
final class SharedClientPattern implements RequestPattern {

    private final OkHttpClient client;

    SharedClientPattern(OkHttpClients clients) {
        this.client = clients.newBuilder().build();
    }

    @Override
    public int get(URL url) throws IOException {
        return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
    }
}
