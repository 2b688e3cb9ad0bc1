package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.io.IOException;
import java.net.URL;

/**
 * {@code close-while-busy}: two default clients per request. The first one's response is open (its body not read
 * yet) while the second client makes a whole request and is closed; only then is the first body read. Without
 * enforcement each client has its own manager; with it both share one, and closing the second client must not
 * disturb the first one's request. Each call makes two requests.
 */
final class CloseWhileBusyPattern implements RequestPattern {

    CloseWhileBusyPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpClient first = HttpClients.createDefault()) {
            CloseableHttpResponse busy = first.execute(Apache4Clients.get(url));
            try (CloseableHttpClient second = HttpClients.createDefault()) {
                Apache4Clients.consume(second.execute(Apache4Clients.get(url)));
            } // closed while the first client's response is still being read
            try (busy) {
                byte[] body = EntityUtils.toByteArray(busy.getEntity());
                int status = busy.getStatusLine().getStatusCode();
                SampleOutput.response(status, body);
                return status;
            }
        }
    }
}
