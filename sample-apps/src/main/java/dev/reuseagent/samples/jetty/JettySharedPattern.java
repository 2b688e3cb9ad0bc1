package dev.reuseagent.samples.jetty;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;

import java.net.URL;

/**
 * {@code shared}: one started HttpClient for the whole run, stopped after the last request; {@code
 * short-idle-timeout}: the same with an idle timeout shorter than the pauses between requests.
 */
final class JettySharedPattern implements RequestPattern {

    private final HttpClient client;

    /** @param idleTimeoutMs the client's idle timeout, or 0 for Jetty's default */
    JettySharedPattern(Tls tls, long idleTimeoutMs) throws Exception {
        this.client = JettyClients.started(tls, idleTimeoutMs);
        if (idleTimeoutMs > 0) {
            JettyClients.loadConnectionClasses();
        }
    }

    @Override
    public int get(URL url) throws Exception {
        ContentResponse response = client.newRequest(url.toURI()).send();
        return JettyClients.record(response);
    }

    @Override
    public void afterLastRequest() throws Exception {
        client.stop();
    }
}
