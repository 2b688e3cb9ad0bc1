package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code body-not-closed}: takes the response stream, reads nothing and never closes it. The connection
 * never returns to the keep-alive cache, so the next request needs a new one, and the leaked socket stays open.
 */
public class BodyNotClosedPattern implements UrlConnectionPattern {
    /**
     * The leaked streams, kept reachable on purpose: the leak then lasts until the JVM exits instead of
     * depending on when the garbage collector happens to run.
     */
    private static final List<InputStream> LEAKED = new ArrayList<>();

    private final Tls tls;

    public BodyNotClosedPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
        int status = connection.getResponseCode();
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        synchronized (LEAKED) {
            LEAKED.add(body); // the mistake: neither read nor closed
        }
        SampleOutput.unread(status);
        return status;
    }
}
