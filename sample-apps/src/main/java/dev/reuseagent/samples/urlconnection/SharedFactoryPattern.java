package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code shared}: the good pattern. One SSLSocketFactory for every request, the whole body read and the stream
 * closed, never {@code disconnect()}: sequential requests to one origin all run on one connection.
 */
public class SharedFactoryPattern implements UrlConnectionPattern {
    private final Tls tls;

    public SharedFactoryPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
        int status = connection.getResponseCode();
        Connections.readFullyAndClose(connection, status);
        return status;
    }
}
