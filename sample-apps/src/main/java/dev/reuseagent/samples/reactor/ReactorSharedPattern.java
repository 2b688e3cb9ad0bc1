package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.RequestPattern;
import reactor.netty.http.client.HttpClient;

import java.net.URL;

/** {@code shared}: one {@code HttpClient.create()} for every request: the global pool keeps the connection. */
final class ReactorSharedPattern implements RequestPattern {

    private final HttpClient client;

    ReactorSharedPattern(ReactorClients clients) {
        client = clients.configure(HttpClient.create());
    }

    @Override
    public int get(URL url) {
        return ReactorClients.get(client, url).block(ReactorClients.TIMEOUT); // connects once, then reuses
    }
}
