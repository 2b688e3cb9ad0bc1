package dev.reuseagent.samples.spring;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.springframework.web.client.RestClient;

import java.net.URL;

/** {@code rest-client-shared}: the good pattern. One {@code RestClient.create()} for every request. */
final class RestClientSharedPattern implements RequestPattern {

    private final RestClient client;

    RestClientSharedPattern(Tls tls) {
        SpringClients.trustByDefault(tls);
        client = RestClient.create();
    }

    @Override
    public int get(URL url) throws Exception {
        return SpringClients.record(client.get().uri(url.toURI()).retrieve().toEntity(byte[].class));
    }
}
