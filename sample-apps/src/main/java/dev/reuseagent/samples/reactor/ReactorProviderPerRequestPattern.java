package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.RequestPattern;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.net.URL;

/**
 * {@code provider-per-request}: a client with a connection pool of its own per request, disposed after it (the
 * way a WebClient built per request with its own connector is): every request opens a new connection.
 */
final class ReactorProviderPerRequestPattern implements RequestPattern {

    private final ReactorClients clients;

    ReactorProviderPerRequestPattern(ReactorClients clients) {
        this.clients = clients;
    }

    @Override
    public int get(URL url) {
        ConnectionProvider pool = ConnectionProvider.create("per-request");
        try {
            HttpClient client = clients.configure(HttpClient.create(pool));
            return ReactorClients.get(client, url).block(ReactorClients.TIMEOUT); // the mistake: a pool per request
        } finally {
            pool.disposeLater().block(ReactorClients.TIMEOUT);
        }
    }
}
