package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code body-partly-read}: reads only the start of the body (the first 1 KiB, as code that sniffs a header line
 * or a magic number does) and closes the stream. For HttpURLConnection this is the same as not reading it at all:
 * a large or chunked rest that has not arrived yet costs the connection.
 */
public class BodyPartlyReadPattern implements UrlConnectionPattern {
    static final int PREFIX = 1024;

    private final Tls tls;

    public BodyPartlyReadPattern(Tls tls) {
        this.tls = tls;
    }

    @Override
    public int get(URL url) throws IOException {
        try {
            HttpURLConnection connection = Connections.openGet(url, tls.sharedSocketFactory());
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            byte[] prefix = body == null ? new byte[0] : body.readNBytes(PREFIX);
            if (body != null) {
                long start = System.nanoTime();
                body.close(); // the mistake: the rest is never read
                Observed.closeTook(start);
            }
            SampleOutput.response(status, prefix);
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
