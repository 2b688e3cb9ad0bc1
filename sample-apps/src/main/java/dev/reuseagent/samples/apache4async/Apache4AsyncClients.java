package dev.reuseagent.samples.apache4async;

import dev.reuseagent.samples.ReadTimeout;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.http.HttpResponse;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;
import org.apache.http.impl.nio.client.HttpAsyncClients;
import org.apache.http.util.EntityUtils;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;

/** How the apache4-async patterns build their clients and requests. */
final class Apache4AsyncClients {

    private Apache4AsyncClients() {
    }

    /** A started client with its own pooling connection manager, TLS from {@code tls}, finite timeouts. */
    static CloseableHttpAsyncClient started(Tls tls) {
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setSSLContext(tls.newSslContext())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(10_000)
                        .setSocketTimeout(ReadTimeout.millis(30_000))
                        .build())
                .build();
        client.start();
        return client;
    }

    static HttpGet get(URL url) throws IOException {
        try {
            return new HttpGet(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a valid request URI: " + e.getMessage(), e);
        }
    }

    /** Records the (buffered) body for the run's {@code sample: output=} line; returns the status. */
    static int consume(HttpResponse response) throws IOException {
        byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
        int status = response.getStatusLine().getStatusCode();
        SampleOutput.response(status, body);
        return status;
    }
}
