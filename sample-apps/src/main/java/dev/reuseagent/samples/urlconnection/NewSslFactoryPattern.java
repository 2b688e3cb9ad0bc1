package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code new-ssl-factory}: builds a new SSLContext and SSLSocketFactory for every request (same trust material,
 * body read and closed correctly). HttpURLConnection's keep-alive cache only hands an idle HTTPS connection to a
 * request with the same factory instance, so every request opens a new connection and does a full TLS handshake,
 * while the previous connections sit idle in the cache, unusable. (Over plain HTTP it behaves like shared.)
 */
public class NewSslFactoryPattern implements UrlConnectionPattern {
    private final Tls tls;

    public NewSslFactoryPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        HttpURLConnection connection = Connections.openGet(url, tls.newSocketFactory()); // the mistake
        int status = connection.getResponseCode();
        Connections.readFullyAndClose(connection, status);
        return status;
    }
}
