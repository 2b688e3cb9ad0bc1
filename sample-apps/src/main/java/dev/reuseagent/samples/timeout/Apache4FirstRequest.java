package dev.reuseagent.samples.timeout;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.net.URL;

/** Apache HttpClient 4.5: connect and socket (read) timeouts. */
final class Apache4FirstRequest implements FirstRequestTimeout.FirstRequest {

    private final CloseableHttpClient client;
    private final HttpGet get;

    Apache4FirstRequest(URL url, int timeoutMs) throws Exception {
        this.client = HttpClients.custom().setDefaultRequestConfig(RequestConfig.custom()
                .setConnectTimeout(timeoutMs).setSocketTimeout(timeoutMs).build()).build();
        this.get = new HttpGet(url.toURI());
    }

    @Override
    public Integer call() throws Exception {
        try (CloseableHttpResponse response = client.execute(get)) {
            EntityUtils.consume(response.getEntity());
            return response.getStatusLine().getStatusCode();
        }
    }
}
