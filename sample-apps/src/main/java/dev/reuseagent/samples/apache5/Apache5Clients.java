package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.ReadTimeout;
import dev.reuseagent.samples.SampleOutput;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/** How the apache5 patterns build their clients and requests, so each pattern shows only what makes it different. */
final class Apache5Clients {

    /** HttpClient 5's own default per-route limit (PoolingHttpClientConnectionManager). */
    static final int LIBRARY_MAX_PER_ROUTE = 5;
    /**
     * Overrides validateAfterInactivity (library default 2 s) so a test can see the stale check without long
     * pauses: {@code -Dsample.validateAfterInactivityMs=100}.
     */
    static final String VALIDATE_PROPERTY = "sample.validateAfterInactivityMs";

    private Apache5Clients() {
    }

    /**
     * A client with its own pooling connection manager: {@code --pool-size} connections per route (default the
     * library's 5), TLS from {@code ssl}, finite timeouts so a hung server fails a request instead of the run.
     */
    static CloseableHttpClient pooled(Options options, SSLContext ssl, RequestConfig requestConfig) {
        int perRoute = options.poolSizeOr(LIBRARY_MAX_PER_ROUTE);
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofSeconds(10))
                .setSocketTimeout(Timeout.ofMilliseconds(ReadTimeout.millis(30_000)));
        Integer validateMs = Integer.getInteger(VALIDATE_PROPERTY);
        if (validateMs != null) {
            connection.setValidateAfterInactivity(TimeValue.ofMilliseconds(validateMs));
        }
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(ssl))
                        .setMaxConnPerRoute(perRoute)
                        .setMaxConnTotal(Math.max(25, perRoute))
                        .setDefaultConnectionConfig(connection.build())
                        .build())
                .setDefaultRequestConfig(requestConfig)
                .build();
    }

    static CloseableHttpClient pooled(Options options, SSLContext ssl) {
        return pooled(options, ssl, RequestConfig.DEFAULT);
    }

    /** The URL as a request URI. HttpClient 5 rejects user-info in request URIs, so it is left out. */
    static URI uri(URL url) throws IOException {
        try {
            return new URI(url.getProtocol(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IOException("not a valid request URI: " + e.getMessage(), e);
        }
    }

    /**
     * The well-behaved response handler: read the body to the end, then the client releases the connection. What
     * was read is recorded for the run's {@code sample: output=} line.
     */
    static int consume(ClassicHttpResponse response) throws IOException {
        byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
        SampleOutput.response(response.getCode(), body);
        return response.getCode();
    }
}
