package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code error-body-unread}: on a 4xx/5xx answer, closes the error stream without reading it (the status is all
 * the code wanted). The error body is a response body like any other: unread, a large or chunked one costs the
 * connection. Only 2xx answers count as ok in the run's result line, so against a server that answers with
 * errors this pattern reports them as failed requests, as any pattern would.
 *
 * <p>An error body that is never even closed (neither {@code getErrorStream().close()} nor {@code disconnect()})
 * keeps its connection busy until the garbage collector finds it: see {@code body-not-closed}.
 */
public class ErrorBodyUnreadPattern implements UrlConnectionPattern {
    private final Tls tls;

    public ErrorBodyUnreadPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        try {
            HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
            int status = connection.getResponseCode();
            if (status >= 400) {
                InputStream error = connection.getErrorStream();
                if (error != null) {
                    long start = System.nanoTime();
                    error.close(); // the mistake: the error body is never read
                    Observed.closeTook(start);
                }
                SampleOutput.unread(status);
            } else {
                Connections.readFullyAndClose(connection, status);
            }
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
