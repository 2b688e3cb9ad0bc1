package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code proxy-or-direct} (http): a new default client per request, every second one through an HTTP proxy at the
 * URL's own host and port (the server answers the proxied, absolute-form requests too). Proxied and direct
 * clients differ in OkHttp's {@code Address}: no connection may ever carry both kinds.
 */
final class ProxyOrDirectPattern implements RequestPattern {

    private final AtomicInteger requests = new AtomicInteger();

    @Override
    public int get(URL url) throws IOException {
        OkHttpClient client = requests.getAndIncrement() % 2 == 0
                ? new OkHttpClient()
                : new OkHttpClient.Builder()
                        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(url.getHost(), url.getPort())))
                        .build();
        try {
            return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
        } catch (IOException e) {
            throw OkHttpClients.failed(e);
        }
    }
}
