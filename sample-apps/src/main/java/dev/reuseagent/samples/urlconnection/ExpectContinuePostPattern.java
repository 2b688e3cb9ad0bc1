package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * {@code post-expect-continue}: a good pattern for uploads, as SDKs do them. A POST with a fixed-length body and
 * {@code Expect: 100-continue}: the JDK first reads the server's interim "100 Continue", then sends the body and
 * reads the real response, all on the shared keep-alive connection. One request, though two response heads.
 */
public class ExpectContinuePostPattern implements UrlConnectionPattern {
    private static final byte[] BODY = "{\"upload\":\"sample\"}".getBytes(StandardCharsets.UTF_8);

    private final Tls tls;

    public ExpectContinuePostPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Expect", "100-continue");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setFixedLengthStreamingMode(BODY.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(BODY);
        }
        int status = connection.getResponseCode();
        Connections.readFullyAndClose(connection, status);
        return status;
    }
}
