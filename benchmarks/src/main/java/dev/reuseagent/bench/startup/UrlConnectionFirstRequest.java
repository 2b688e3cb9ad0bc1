package dev.reuseagent.bench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.function.Function;

/** One request with {@link HttpURLConnection}, body read to the end (the connection goes to the keep-alive cache). */
public final class UrlConnectionFirstRequest implements Function<String, Integer>, AutoCloseable {

    @Override
    public Integer apply(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes().length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
    }
}
