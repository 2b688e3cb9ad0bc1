package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code body-not-consumed}: closes the response stream without reading it. On close, HttpURLConnection can
 * only keep the connection if it can skip the rest cheaply (what is already buffered, or a body of at most
 * {@code http.KeepAlive.remainingData}, 512 KiB by default, drained in the background); for a larger body it
 * closes the socket, and for a chunked body whose end has not arrived yet too. Pair it with a large (1 MiB) body
 * to see one new connection per request.
 */
public class BodyNotConsumedPattern implements UrlConnectionPattern {
    private final Tls tls;

    public BodyNotConsumedPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        try {
            HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
            int status = connection.getResponseCode();
            if (status < 400) {
                long start = System.nanoTime();
                connection.getInputStream().close(); // the mistake: closed, but not read
                Observed.closeTook(start);
            }
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
