package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * {@code close-unread}: one HttpClient; each body is taken as an InputStream and closed without reading it. Closing
 * it early cancels the body, and the JDK then closes the connection instead of returning it to the pool.
 */
final class CloseUnreadPattern implements RequestPattern {

    private final HttpClient client;

    CloseUnreadPattern(JdkHttpClients clients) {
        this.client = clients.newClient();
    }

    @Override
    public int get(URL url) throws Exception {
        HttpResponse<InputStream> response = client.send(JdkHttpClients.get(url),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close(); // the mistake: closed before its end, so the connection is closed too
        SampleOutput.unread(response.statusCode());
        return response.statusCode();
    }
}
