package dev.reuseagent.samples.apache5async;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.ReadTimeout;
import dev.reuseagent.samples.SampleOutput;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.net.URL;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** How the apache5-async patterns build their clients and requests, so each pattern shows only what differs. */
final class Apache5AsyncClients {

    /** HttpClient 5's own default per-route limit (PoolingAsyncClientConnectionManager). */
    static final int LIBRARY_MAX_PER_ROUTE = 5;
    private static final AtomicBoolean PROTOCOL_PRINTED = new AtomicBoolean();

    private Apache5AsyncClients() {
    }

    /**
     * A started async client with its own pooling connection manager ({@link #manager}); {@code minimal}: the
     * minimal client ({@code HttpAsyncClients.createMinimal}) over it, without the execution chain.
     */
    static CloseableHttpAsyncClient started(Options options, SSLContext ssl, boolean minimal) {
        CloseableHttpAsyncClient client = minimal ? HttpAsyncClients.createMinimal(manager(options, ssl))
                : HttpAsyncClients.custom().setConnectionManager(manager(options, ssl)).build();
        client.start();
        return client;
    }

    static CloseableHttpAsyncClient started(Options options, SSLContext ssl) {
        return started(options, ssl, false);
    }

    /**
     * A started HTTP/2-only client ({@code HttpAsyncClients.customHttp2()}: its own session pool, no connection
     * manager): ALPN over https, prior knowledge over http.
     */
    static CloseableHttpAsyncClient startedHttp2(SSLContext ssl) {
        CloseableHttpAsyncClient client = HttpAsyncClients.customHttp2()
                .setTlsStrategy(new DefaultClientTlsStrategy(ssl))
                .setDefaultConnectionConfig(connectionConfig())
                .build();
        client.start();
        return client;
    }

    private static ConnectionConfig connectionConfig() {
        return ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofSeconds(10))
                .setSocketTimeout(Timeout.ofMilliseconds(ReadTimeout.millis(30_000)))
                .build();
    }

    /**
     * A pooling connection manager: {@code --pool-size} connections per route, TLS from {@code ssl}, HTTP/2 only
     * with {@code --protocol h2} (ALPN over https, prior knowledge over http), else HTTP/1.1 only.
     */
    private static PoolingAsyncClientConnectionManager manager(Options options, SSLContext ssl) {
        int perRoute = options.poolSizeOr(LIBRARY_MAX_PER_ROUTE);
        return PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(new DefaultClientTlsStrategy(ssl))
                .setMaxConnPerRoute(perRoute)
                .setMaxConnTotal(Math.max(25, perRoute))
                .setDefaultConnectionConfig(connectionConfig())
                .setDefaultTlsConfig(TlsConfig.custom()
                        .setVersionPolicy(options.http2() ? HttpVersionPolicy.FORCE_HTTP_2
                                : HttpVersionPolicy.FORCE_HTTP_1)
                        .build())
                .build();
    }

    /** A GET of {@code url}; HttpClient 5 rejects user-info in request URIs, so it is left out. */
    static SimpleHttpRequest get(URL url) {
        return SimpleRequestBuilder.get()
                .setHttpHost(new org.apache.hc.core5.http.HttpHost(url.getProtocol(), url.getHost(), url.getPort()))
                .setPath(url.getQuery() == null ? url.getPath() : url.getPath() + "?" + url.getQuery())
                .build();
    }

    /**
     * Waits for the response (the whole body is buffered by the simple consumer) and records what was read; the
     * first response's protocol is printed once ({@code sample: protocol=HTTP/2.0}).
     */
    static int await(Future<SimpleHttpResponse> response) throws Exception {
        SimpleHttpResponse r = response.get(60, TimeUnit.SECONDS);
        if (PROTOCOL_PRINTED.compareAndSet(false, true)) {
            System.out.println("sample: protocol=" + r.getVersion());
        }
        byte[] body = r.getBodyBytes();
        SampleOutput.response(r.getCode(), body == null ? new byte[0] : body);
        return r.getCode();
    }
}
