package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.RequestPattern;
import reactor.netty.http.client.HttpClient;

import java.net.URL;

/** {@code new-connection}: {@code HttpClient.newConnection()} pools nothing: a connection per request, closed after. */
final class ReactorNewConnectionPattern implements RequestPattern {

    private final HttpClient client;

    ReactorNewConnectionPattern(ReactorClients clients) {
        client = clients.configure(HttpClient.newConnection());
    }

    @Override
    public int get(URL url) {
        return ReactorClients.get(client, url).block(ReactorClients.TIMEOUT); // the mistake: no pool at all
    }
}
