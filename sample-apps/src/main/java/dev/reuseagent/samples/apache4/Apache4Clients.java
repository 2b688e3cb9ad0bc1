package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.ReadTimeout;
import dev.reuseagent.samples.SampleOutput;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.util.EntityUtils;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;

/** How the apache4 patterns build their clients and requests, so each pattern shows only what makes it different. */
final class Apache4Clients {

    /** HttpClient 4.5's own default per-route limit (PoolingHttpClientConnectionManager). */
    static final int LIBRARY_MAX_PER_ROUTE = 2;
    /**
     * Overrides validateAfterInactivity (library default 2000 ms) so a test can see the stale check without long
     * pauses: {@code -Dsample.validateAfterInactivityMs=100}.
     */
    static final String VALIDATE_PROPERTY = "sample.validateAfterInactivityMs";

    private Apache4Clients() {
    }

    /**
     * A client with its own pooling connection manager: {@code --pool-size} connections per route (default the
     * library's 2), TLS from {@code ssl}, finite connect and read timeouts; {@code leaseTimeoutMs} bounds the wait
     * for a pooled connection (0: wait forever, the library default).
     */
    static CloseableHttpClient pooled(Options options, SSLContext ssl, int leaseTimeoutMs) {
        PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager(
                RegistryBuilder.<ConnectionSocketFactory>create()
                        .register("http", PlainConnectionSocketFactory.getSocketFactory())
                        .register("https", new SSLConnectionSocketFactory(ssl))
                        .build());
        int perRoute = options.poolSizeOr(LIBRARY_MAX_PER_ROUTE);
        manager.setDefaultMaxPerRoute(perRoute);
        manager.setMaxTotal(Math.max(20, perRoute));
        Integer validateMs = Integer.getInteger(VALIDATE_PROPERTY);
        if (validateMs != null) {
            manager.setValidateAfterInactivity(validateMs);
        }
        return HttpClients.custom()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(10_000)
                        .setSocketTimeout(ReadTimeout.millis(30_000))
                        .setConnectionRequestTimeout(leaseTimeoutMs)
                        .build())
                .build();
    }

    static CloseableHttpClient pooled(Options options, SSLContext ssl) {
        return pooled(options, ssl, 0);
    }

    static HttpGet get(URL url) throws IOException {
        try {
            return new HttpGet(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a valid request URI: " + e.getMessage(), e);
        }
    }

    /**
     * The well-behaved way: read the body to the end (the connection goes back to the pool), then close. What was
     * read is recorded for the run's {@code sample: output=} line.
     */
    static int consume(CloseableHttpResponse response) throws IOException {
        try (response) {
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            int status = response.getStatusLine().getStatusCode();
            SampleOutput.response(status, body);
            return status;
        }
    }
}
