package dev.reuseagent.samples.google;

import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpTransport;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

import java.net.URL;

/**
 * {@code <transport>-shared}: the good pattern. One transport and one {@code HttpRequestFactory} for every request,
 * each response read to the end and closed; the transport shut down after the last.
 */
final class GoogleSharedPattern implements RequestPattern {

    private final HttpTransport transport;
    private final HttpRequestFactory factory;

    GoogleSharedPattern(GoogleTransport kind, Tls tls) {
        transport = kind.newTransport(tls);
        factory = transport.createRequestFactory();
    }

    @Override
    public int get(URL url) throws Exception {
        return GoogleRequests.readFully(GoogleRequests.get(factory, url).execute());
    }

    @Override
    public void afterLastRequest() throws Exception {
        transport.shutdown();
    }
}
