package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code client-per-request}: a new OkHttpClient for every request, as {@code new OkHttpClient()} does. Each one has
 * a connection pool of its own, so no connection is ever reused (and with HTTPS, no TLS session either unless
 * the factory is shared).
 */
final class ClientPerRequestPattern implements RequestPattern {

    private final OkHttpClients clients;

    ClientPerRequestPattern(OkHttpClients clients) {
        this.clients = clients;
    }

    @Override
    public int get(URL url) throws IOException {
        OkHttpClient client = clients.newBuilder().build(); // the mistake: a client (and a pool) per request
        return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
    }
}
