package dev.reuseagent.bench.clients;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

/** {@link HttpURLConnection}: the JDK's keep-alive cache is the pool. */
public final class UrlConnectionGetter implements Getter {
    private final URL url;
    /** One client thread: one read buffer. */
    private final byte[] buffer;
    /** Several client threads: a buffer each, so that they do not write into the same cache lines. */
    private final ThreadLocal<byte[]> buffers;

    public UrlConnectionGetter(String url) throws Exception {
        this.url = URI.create(url).toURL();
        this.buffer = new byte[1024];
        this.buffers = null;
    }

    /**
     * For {@code poolSize} concurrent threads. The keep-alive cache is JVM-wide and keeps at most
     * {@code http.maxConnections} (default 5) idle connections per destination, read once when it is first used, so
     * the fork must be started with {@code -Dhttp.maxConnections=poolSize} ({@code BenchClient#forkJvmArgs}); with
     * fewer, the connections returned beyond that number would be closed and reopened on every round of requests.
     */
    public UrlConnectionGetter(String url, int poolSize) throws Exception {
        Integer max = Integer.getInteger("http.maxConnections");
        if (max == null || max != poolSize) {
            throw new IllegalStateException("start the fork with -Dhttp.maxConnections=" + poolSize + " (found "
                    + max + ")");
        }
        this.url = URI.create(url).toURL();
        this.buffer = null;
        this.buffers = ThreadLocal.withInitial(() -> new byte[1024]);
    }

    @Override
    public int get() throws Exception {
        byte[] b = buffers == null ? buffer : buffers.get();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        int total = 0;
        try (InputStream in = connection.getInputStream()) {
            int n;
            while ((n = in.read(b)) != -1) {
                total += n;
            }
        }
        return total;
    }

    @Override
    public void close() {
    }
}
