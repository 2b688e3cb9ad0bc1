package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;

/**
 * {@code default-client-per-request}: literally {@code new OkHttpClient()} per request. Each client builds its own
 * pool, dispatcher and (over https) its own SSLSocketFactory from the JVM's default trust (javax.net.ssl.trustStore),
 * so not even two clients with a shared pool could reuse a connection: OkHttp compares the factory by identity.
 * Ignores --protocol and --pool-size: it is the client with every default.
 */
final class DefaultClientPerRequestPattern implements RequestPattern {

    @Override
    public int get(URL url) throws IOException {
        OkHttpClient client = new OkHttpClient(); // the mistake: a client (pool, SSL factory) per request
        try {
            return OkHttpClients.readFully(client.newCall(OkHttpClients.get(url)).execute());
        } catch (IOException e) {
            throw OkHttpClients.failed(e);
        }
    }
}
