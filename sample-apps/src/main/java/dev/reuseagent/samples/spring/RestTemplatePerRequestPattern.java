package dev.reuseagent.samples.spring;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.springframework.web.client.RestTemplate;

import java.net.URL;

/**
 * {@code rest-template-per-request}: a RestTemplate built per request with TLS settings of its own (a new
 * SSLContext each time, as code that builds its client next to the call tends to). Over https no connection is
 * reused; over http the JDK's keep-alive cache still shares them.
 */
record RestTemplatePerRequestPattern(Tls tls) implements RequestPattern {

    @Override
    public int get(URL url) throws Exception {
        // the mistake: a client (and an SSLSocketFactory) per request
        RestTemplate template = new RestTemplate(SpringClients.urlConnectionFactory(tls.newSocketFactory()));
        return SpringClients.record(template.getForEntity(url.toURI(), byte[].class));
    }
}
