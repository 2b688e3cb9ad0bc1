package dev.reuseagent.samples.apache5async;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

import java.net.URL;

/**
 * {@code client-per-request}: a new async client (its own I/O reactor, connection manager and SSLContext) started
 * for every request and closed after it: every request opens a new connection, over HTTPS with a full handshake.
 */
final class ClientPerRequestPattern implements RequestPattern {
    private final Options options;
    private final Tls tls;
    private final boolean http2Only;

    ClientPerRequestPattern(Options options, Tls tls) {
        this(options, tls, false);
    }

    private ClientPerRequestPattern(Options options, Tls tls, boolean http2Only) {
        this.options = options;
        this.tls = tls;
        this.http2Only = http2Only;
    }

    /** {@code h2-client-per-request}: the same with the HTTP/2-only client ({@code HttpAsyncClients.customHttp2()}). */
    static ClientPerRequestPattern http2Only(Options options, Tls tls) {
        return new ClientPerRequestPattern(options, tls, true);
    }

    @Override
    public int get(URL url) throws Exception {
        try (CloseableHttpAsyncClient client = http2Only ? Apache5AsyncClients.startedHttp2(tls.newSslContext())
                : Apache5AsyncClients.started(options, tls.newSslContext())) { // the mistake
            return Apache5AsyncClients.await(client.execute(Apache5AsyncClients.get(url), null));
        }
    }
}
