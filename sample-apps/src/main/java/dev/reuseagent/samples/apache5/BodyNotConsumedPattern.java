package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.net.URL;

/**
 * {@code body-not-consumed}: one shared client, but each response is left open with its body unread. Its
 * connection stays leased, so the next request needs another one. With {@code --pool-size} at least
 * {@code --requests} every request opens a new connection; with fewer, the pool runs dry after {@code --pool-size}
 * requests and the rest wait for a connection that never comes back. The client therefore sets a 1 s
 * connection-request timeout (the library default is 3 minutes) so that those requests fail with "Timeout
 * deadline" and the run ends, as a production job with a lease timeout would.
 */
final class BodyNotConsumedPattern implements RequestPattern {
    static final Timeout LEASE_TIMEOUT = Timeout.ofSeconds(1);

    private final CloseableHttpClient client;

    BodyNotConsumedPattern(Options options, Tls tls) {
        this.client = Apache5Clients.pooled(options, tls.newSslContext(),
                RequestConfig.custom().setConnectionRequestTimeout(LEASE_TIMEOUT).build());
    }

    @Override
    public int get(URL url) throws IOException {
        ClassicHttpResponse response = client.executeOpen(null, new HttpGet(Apache5Clients.uri(url)), null);
        return response.getCode(); // the mistake: never closed, body never read
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
