package dev.reuseagent.samples.spring;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.springframework.web.client.RestTemplate;

import java.net.URL;

/** {@code rest-template-shared}: the good pattern. One RestTemplate, and so one SSLSocketFactory, for every request. */
final class RestTemplateSharedPattern implements RequestPattern {

    private final RestTemplate template;

    RestTemplateSharedPattern(Tls tls) {
        template = new RestTemplate(SpringClients.urlConnectionFactory(tls.sharedSocketFactory()));
    }

    @Override
    public int get(URL url) throws Exception {
        return SpringClients.record(template.getForEntity(url.toURI(), byte[].class));
    }
}
