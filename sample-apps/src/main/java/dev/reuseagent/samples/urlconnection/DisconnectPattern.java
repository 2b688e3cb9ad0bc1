package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code disconnect}: reads the whole body and then calls {@code disconnect()} as "cleanup", the common
 * {@code try { read } finally { connection.disconnect(); }} idiom. Reading to EOF has already returned the
 * connection to the keep-alive cache; {@code disconnect()} then closes the stream and takes an idle connection
 * to the same server out of the cache and closes it, so the next request needs a new connection.
 *
 * <p>Why the stream is not closed first: in the JDK, closing the response stream detaches the connection from
 * the HttpURLConnection object, after which {@code disconnect()} does nothing at all (checked on JDK 17 and 25).
 * "Read, close, disconnect" is therefore harmless; "read, disconnect" is the one that costs a connection.
 */
public class DisconnectPattern implements UrlConnectionPattern {
    private final Tls tls;

    public DisconnectPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
        try {
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            // whole body read, stream left to disconnect()
            SampleOutput.response(status, body == null ? new byte[0] : body.readAllBytes());
            return status;
        } catch (IOException e) {
            SampleOutput.failure(e);
            throw e;
        } finally {
            connection.disconnect(); // the mistake
        }
    }
}
