package dev.reuseagent.samples.apache5async;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

import java.net.URL;

/**
 * {@code shared}: the good pattern. One started async client (one connection manager) for every request and
 * thread: over HTTP/1.1 each connection goes back to the pool after its response, over HTTP/2 every request is a
 * new stream on the same connection.
 */
final class SharedClientPattern implements RequestPattern {
    private final CloseableHttpAsyncClient client;

    SharedClientPattern(Options options, Tls tls) {
        this(Apache5AsyncClients.started(options, tls.newSslContext()));
    }

    /** The same use of another client: the minimal client over the same manager, or the HTTP/2-only client. */
    SharedClientPattern(CloseableHttpAsyncClient client) {
        this.client = client;
    }

    static SharedClientPattern minimal(Options options, Tls tls) {
        return new SharedClientPattern(Apache5AsyncClients.started(options, tls.newSslContext(), true));
    }

    /** {@code h2-shared}: the HTTP/2-only client ({@code HttpAsyncClients.customHttp2()}). */
    static SharedClientPattern http2Only(Options options, Tls tls) {
        return new SharedClientPattern(Apache5AsyncClients.startedHttp2(tls.newSslContext()));
    }

    @Override
    public int get(URL url) throws Exception {
        return Apache5AsyncClients.await(client.execute(Apache5AsyncClients.get(url), null));
    }

    @Override
    public void afterLastRequest() throws Exception {
        client.close();
    }
}
