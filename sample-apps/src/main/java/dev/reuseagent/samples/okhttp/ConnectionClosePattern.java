package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.io.IOException;
import java.net.URL;

/**
 * {@code close}: one shared client, but every request says {@code Connection: close} (a common "fix" for stale
 * connection errors). OkHttp closes the connection after each response, so every request opens a new one.
 */
final class ConnectionClosePattern implements RequestPattern {

    private final OkHttpClient client;

    ConnectionClosePattern(OkHttpClients clients) {
        this.client = clients.newBuilder().build();
    }

    @Override
    public int get(URL url) throws IOException {
        Request request = new Request.Builder().url(url).header("Connection", "close").build();
        return OkHttpClients.readFully(client.newCall(request).execute());
    }
}
