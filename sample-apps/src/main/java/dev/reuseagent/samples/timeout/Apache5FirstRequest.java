package dev.reuseagent.samples.timeout;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.net.URL;

/** Apache HttpClient 5 classic: connect and response (read) timeouts. */
final class Apache5FirstRequest implements FirstRequestTimeout.FirstRequest {

    private final CloseableHttpClient client;
    private final HttpGet get;

    Apache5FirstRequest(URL url, int timeoutMs) throws Exception {
        Timeout timeout = Timeout.ofMilliseconds(timeoutMs);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .build();
        this.get = new HttpGet(url.toURI());
    }

    @Override
    public Integer call() throws Exception {
        return client.execute(get, new StatusHandler());
    }

    /** Reads the body and returns the status. */
    private static final class StatusHandler implements HttpClientResponseHandler<Integer> {
        @Override
        public Integer handleResponse(ClassicHttpResponse response) throws IOException {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        }
    }
}
