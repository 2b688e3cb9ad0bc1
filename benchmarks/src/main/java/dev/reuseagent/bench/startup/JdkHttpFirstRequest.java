package dev.reuseagent.bench.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;

/** Builds a {@code java.net.http.HttpClient} (HTTP/1.1: cleartext HTTP/2 would try an h2c upgrade) and sends one request. */
public final class JdkHttpFirstRequest implements Function<String, Integer>, AutoCloseable {

    private HttpClient client;

    @Override
    public Integer apply(String url) {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        Object c = client;
        if (c instanceof AutoCloseable) { // HttpClient is AutoCloseable from Java 21 on
            ((AutoCloseable) c).close();
        }
    }
}
