package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.RequestPattern;
import org.springframework.web.reactive.function.client.WebClient;

import java.net.URL;

/** {@code webclient-shared}: one Spring {@code WebClient.create()} (Reactor Netty underneath) for every request. */
final class WebClientSharedPattern implements RequestPattern {

    private final WebClient client = WebClient.create();

    @Override
    public int get(URL url) throws Exception {
        return WebClients.record(client.get().uri(url.toURI()).retrieve().toEntity(byte[].class)
                .block(ReactorClients.TIMEOUT)); // one WebClient, its connection reused
    }
}
