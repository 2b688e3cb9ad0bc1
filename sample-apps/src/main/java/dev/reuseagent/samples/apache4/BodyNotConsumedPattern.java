package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code body-not-consumed}: one shared client, but each response is left open with its body unread. Its
 * connection stays leased, so the next request needs another one. With {@code --pool-size} at least
 * {@code --requests} every request opens a new connection; with fewer (the default is 2 per route) the pool runs
 * dry and the rest would wait forever, since HttpClient 4.5 waits for a lease without limit by default. The
 * client therefore sets a 1 s connection-request timeout, so those requests fail with "Timeout waiting for
 * connection from pool" and the run ends, as a production job with a lease timeout would.
 */
final class BodyNotConsumedPattern implements RequestPattern {
    static final int LEASE_TIMEOUT_MS = 1000;

    private final CloseableHttpClient client;

    BodyNotConsumedPattern(Options options, Tls tls) {
        this(Apache4Clients.pooled(options, tls.newSslContext(), LEASE_TIMEOUT_MS));
    }

    private BodyNotConsumedPattern(CloseableHttpClient client) {
        this.client = client;
    }

    /** {@code legacy-body-not-consumed}: the same on the legacy API (a shared DefaultHttpClient, see legacy-shared). */
    static BodyNotConsumedPattern legacy(Options options, Tls tls) {
        return new BodyNotConsumedPattern(LegacyClients.pooled(options, tls.newSslContext(), LEASE_TIMEOUT_MS));
    }

    @Override
    public int get(URL url) throws IOException {
        CloseableHttpResponse response = client.execute(Apache4Clients.get(url));
        return response.getStatusLine().getStatusCode(); // the mistake: never closed, body never read
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
