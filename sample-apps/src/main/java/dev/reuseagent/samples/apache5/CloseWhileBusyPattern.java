package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.EntityUtils;

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
            ClassicHttpResponse busy = first.executeOpen(null, new HttpGet(Apache5Clients.uri(url)), null);
            try (CloseableHttpClient second = HttpClients.createDefault()) {
                second.execute(new HttpGet(Apache5Clients.uri(url)), Apache5Clients::consume);
            } // closed while the first client's response is still being read
            try (busy) {
                byte[] body = EntityUtils.toByteArray(busy.getEntity());
                SampleOutput.response(busy.getCode(), body);
                return busy.getCode();
            }
        }
    }
}
