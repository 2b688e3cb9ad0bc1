package dev.reuseagent.bench.clients;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

/** {@link HttpURLConnection}: the JDK's keep-alive cache is the pool. */
public final class UrlConnectionGetter implements Getter {
    private final URL url;
    private final byte[] buffer = new byte[1024];

    public UrlConnectionGetter(String url) throws Exception {
        this.url = URI.create(url).toURL();
    }

    @Override
    public int get() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        int total = 0;
        try (InputStream in = connection.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
            }
        }
        return total;
    }

    @Override
    public void close() {
    }
}
