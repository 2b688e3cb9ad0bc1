package dev.reuseagent.samples.reactor;

import dev.reuseagent.samples.RequestPattern;
import org.springframework.web.reactive.function.client.WebClient;

import java.net.URL;

/**
 * {@code webclient-per-request}: {@code WebClient.create()} per request. Each one's connector is a new Reactor Netty
 * HttpClient, but on Reactor Netty's global connection pool: the connection is still reused.
 */
final class WebClientPerRequestPattern implements RequestPattern {

    @Override
    public int get(URL url) throws Exception {
        WebClient client = WebClient.create();
        return WebClients.record(client.get().uri(url.toURI()).retrieve().toEntity(byte[].class)
                .block(ReactorClients.TIMEOUT)); // a WebClient per request, on the global pool
    }
}
