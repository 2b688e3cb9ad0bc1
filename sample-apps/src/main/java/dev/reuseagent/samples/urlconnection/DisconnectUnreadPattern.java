package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code disconnect-unread}: looks only at the status code and then calls {@code disconnect()} without reading
 * the body.
 *
 * <p>What the JDK then does depends on the body: {@code disconnect()} first closes the response stream. A body
 * above {@code http.KeepAlive.remainingData} (512 KiB) makes that close the socket: one new connection per
 * request, deterministic (pair this pattern with a 1 MiB body in tests). A small body that has fully arrived is
 * skipped, the connection goes back to the cache, and {@code disconnect()} closes it from there. A small body
 * still in flight is handed to the JDK's background cleaner, which may return the connection to the cache after
 * {@code disconnect()} looked, so a later request can reuse it.
 */
public class DisconnectUnreadPattern implements UrlConnectionPattern {
    private final Tls tls;

    public DisconnectUnreadPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        try {
            HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
            int status = connection.getResponseCode();
            long start = System.nanoTime();
            connection.disconnect(); // the mistake: body never read
            Observed.closeTook(start);
            SampleOutput.unread(status);
            return status;
        } catch (IOException e) {
            SampleOutput.failure(e);
            throw e;
        }
    }

    @Override
    public void afterLastRequest() {
        Observed.printSlowestClose();
    }
}
