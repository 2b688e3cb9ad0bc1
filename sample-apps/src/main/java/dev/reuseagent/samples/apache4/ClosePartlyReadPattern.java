package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * {@code close-partly-read}: one shared client; each response's first 16 bytes are read, then the response is
 * closed with the rest unread (4.5 then closes the connection). With {@code enforce=apache} the agent reads the
 * rest, so the next response on the same connection must still be exactly what the server sent.
 */
final class ClosePartlyReadPattern implements RequestPattern {
    static final int READ = 16;

    private final CloseableHttpClient client;

    ClosePartlyReadPattern(Options options, Tls tls) {
        this.client = Apache4Clients.pooled(options, tls.newSslContext());
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpResponse response = client.execute(Apache4Clients.get(url))) {
            InputStream in = response.getEntity().getContent();
            byte[] head = in.readNBytes(READ);
            int status = response.getStatusLine().getStatusCode();
            SampleOutput.response(status, head);
            return status; // the mistake: closed with the rest of the body unread
        }
    }

    @Override
    public void afterLastRequest() throws IOException {
        client.close();
    }
}
