package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code pool-per-request}: a client per request, each with an explicit {@code new ConnectionPool()}. The
 * application chose its pools, so enforcement must leave them alone: every request opens a connection.
 */
final class PoolPerRequestPattern implements RequestPattern {

    private final OkHttpClients clients;

    PoolPerRequestPattern(OkHttpClients clients) {
        this.clients = clients;
    }

    @Override
    public int get(URL url) throws IOException {
        OkHttpClient client = clients.newBuilder().connectionPool(new ConnectionPool()).build();
        try {
            return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
        } catch (IOException e) {
            throw OkHttpClients.failed(e);
        }
    }
}
