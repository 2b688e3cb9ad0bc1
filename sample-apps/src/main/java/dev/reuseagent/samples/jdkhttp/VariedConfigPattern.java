package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code varied-config}: a new HttpClient per request, each configured differently from every other one: in turn
 * its own executor, its own proxy selector (direct), its own SSLContext, its own connect timeout. No two may share
 * a connection pool, with or without {@code enforce=jdkhttp}. {@code redirect-policies}: a new client per request
 * whose only difference is the redirect policy, NEVER and NORMAL in turn: clients of one policy may share, never
 * across policies.
 */
final class VariedConfigPattern implements RequestPattern {

    private final JdkHttpClients clients;
    private final Tls tls;
    private final boolean redirectsOnly;
    private final AtomicInteger count = new AtomicInteger();

    VariedConfigPattern(JdkHttpClients clients, Tls tls, boolean redirectsOnly) {
        this.clients = clients;
        this.tls = tls;
        this.redirectsOnly = redirectsOnly;
    }

    @Override
    public void beforeFirstRequest() {
        clients.trustByDefault();
    }

    @Override
    public int get(URL url) throws Exception {
        int i = count.getAndIncrement();
        HttpClient.Builder builder = clients.newDefaultBuilder();
        if (redirectsOnly) {
            builder.followRedirects(i % 2 == 0 ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL);
        } else {
            switch (i % 4) {
                case 0:
                    builder.executor(Executors.newCachedThreadPool(JdkHttpClients.DAEMON_THREADS));
                    break;
                case 1:
                    builder.proxy(new DirectProxySelector());
                    break;
                case 2:
                    builder.sslContext(tls.newSslContext());
                    break;
                default:
                    builder.connectTimeout(Duration.ofSeconds(30 + i));
                    break;
            }
        }
        HttpResponse<byte[]> response = builder.build().send(JdkHttpClients.get(url),
                HttpResponse.BodyHandlers.ofByteArray());
        SampleOutput.response(response.statusCode(), response.body());
        return response.statusCode();
    }

    /** No proxy for anything; a new instance per client, as code that builds its selector inline has. */
    private static final class DirectProxySelector extends ProxySelector {
        @Override
        public List<Proxy> select(URI uri) {
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
        }
    }
}
