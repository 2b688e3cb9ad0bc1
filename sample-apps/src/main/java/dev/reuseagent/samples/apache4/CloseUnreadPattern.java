package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code close-unread}: each response is closed without reading its body. HttpClient 4.5 does not drain it: it
 * closes the connection (closing the content stream, or {@code EntityUtils.consume}, would have kept it). With
 * {@code enforce=apache} the agent drains the rest within {@code enforceDrain}. The slowest {@code close()} is
 * printed at the end ({@code sample: slowest close=<ms> ms}), to show that a stalled body does not hold it up.
 */
final class CloseUnreadPattern implements RequestPattern {
    private final CloseableHttpClient client;
    private final AtomicLong slowestCloseNanos = new AtomicLong();

    CloseUnreadPattern(Options options, Tls tls) {
        this.client = Apache4Clients.pooled(options, tls.newSslContext());
    }

    @Override
    public int get(URL url) throws IOException {
        CloseableHttpResponse response = client.execute(Apache4Clients.get(url));
        int status = response.getStatusLine().getStatusCode();
        SampleOutput.unread(status);
        long start = System.nanoTime();
        response.close(); // the mistake: closed, body unread
        slowestCloseNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
        return status;
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
        System.out.println("sample: slowest close=" + slowestCloseNanos.get() / 1_000_000 + " ms");
    }
}
