package dev.reuseagent.bench.clients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code java.net.http.HttpClient}, HTTP/1.1 (cleartext HTTP/2 would try an h2c upgrade first). */
public final class JdkHttpGetter implements Getter {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HttpRequest request;

    public JdkHttpGetter(String url) {
        this.request = HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    /**
     * For {@code poolSize} concurrent threads: nothing to configure, the pool is unbounded
     * ({@code jdk.httpclient.connectionPoolSize} is 0 by default) and keeps every returned connection.
     */
    public JdkHttpGetter(String url, int poolSize) {
        this(url);
    }

    @Override
    public int get() throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    @Override
    public void close() {
        // HttpClient#close exists only from Java 21 on; the fork ends right after.
    }
}
