package dev.reuseagent.samples.google;

import com.google.api.client.http.HttpTransport;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.Tls;

import java.net.URL;

/**
 * {@code <transport>-per-request}: the mistake. A new transport (with its own SSLContext, as one built with its
 * trust material is) for every request, shut down after it: no connection is ever reused. Over http the
 * NetHttpTransport's connections would still be shared by the JDK's keep-alive cache; over https they are kept
 * apart by SSLSocketFactory.
 */
record GooglePerRequestPattern(GoogleTransport kind, Tls tls) implements RequestPattern {

    @Override
    public int get(URL url) throws Exception {
        HttpTransport transport = kind.newTransport(tls); // the mistake: a transport per request
        try {
            return GoogleRequests.readFully(GoogleRequests.get(transport.createRequestFactory(), url).execute());
        } finally {
            transport.shutdown();
        }
    }
}
