package dev.reuseagent.samples.spring;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.springframework.web.client.RestClient;

import java.net.URL;

/**
 * {@code rest-client-per-request}: {@code RestClient.create()} per request. With no other client library on the
 * class path each RestClient gets a new java.net.http.HttpClient, a connection pool of its own, built inside
 * Spring: the site must still be this class's line.
 */
final class RestClientPerRequestPattern implements RequestPattern {

    RestClientPerRequestPattern(Tls tls) {
        SpringClients.trustByDefault(tls);
    }

    @Override
    public int get(URL url) throws Exception {
        RestClient client = RestClient.create(); // the mistake: a client (and a pool) per request
        return SpringClients.record(client.get().uri(url.toURI()).retrieve().toEntity(byte[].class));
    }
}
