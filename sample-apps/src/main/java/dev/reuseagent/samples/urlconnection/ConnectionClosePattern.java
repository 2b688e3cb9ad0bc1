package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code connection-close}: the shared pattern, but every request says {@code Connection: close} (a common "fix"
 * for stale connection errors). HttpURLConnection sends the header as given and never reads it itself: the
 * server ends each connection, so every request opens a new one, by the application's choice.
 */
public class ConnectionClosePattern implements UrlConnectionPattern {
    private final Tls tls;

    public ConnectionClosePattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
        connection.setRequestProperty("Connection", "close"); // the mistake
        int status = connection.getResponseCode();
        Connections.readFullyAndClose(connection, status);
        return status;
    }
}
