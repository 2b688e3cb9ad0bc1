package dev.reuseagent.samples.jetty;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;

import java.net.URL;

/** {@code client-per-request}: a new HttpClient (its own pool) built, started and stopped around each request. */
final class JettyPerRequestPattern implements RequestPattern {

    private final Tls tls;

    JettyPerRequestPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws Exception {
        HttpClient client = JettyClients.started(tls, 0); // the mistake: a client, and a pool, per request
        try {
            ContentResponse response = client.newRequest(url.toURI()).send();
            return JettyClients.record(response);
        } finally {
            client.stop();
        }
    }
}
