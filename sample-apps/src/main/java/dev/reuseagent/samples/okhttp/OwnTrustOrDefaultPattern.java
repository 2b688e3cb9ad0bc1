package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code own-trust-or-default} (https): a new client per request, every second one with an SSL socket factory of
 * its own (a new SSLContext trusting --trust-pem); the others {@code new OkHttpClient()}, trusting the JVM's
 * default trust store. A client with its own factory has an {@code Address} of its own: it never shares.
 */
final class OwnTrustOrDefaultPattern implements RequestPattern {

    private final Tls tls;
    private final AtomicInteger requests = new AtomicInteger();

    OwnTrustOrDefaultPattern(OkHttpClients clients) {
        this.tls = clients.tls();
    }

    @Override
    public int get(URL url) throws IOException {
        OkHttpClient client = requests.getAndIncrement() % 2 == 0
                ? new OkHttpClient()
                : new OkHttpClient.Builder().sslSocketFactory(tls.newSocketFactory(), tls.trustManager()).build();
        try {
            return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
        } catch (IOException e) {
            throw OkHttpClients.failed(e);
        }
    }
}
