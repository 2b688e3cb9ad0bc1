package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * {@code body-not-consumed}: one HttpClient, but each response body is taken as an InputStream that is never read
 * nor closed. Its connection stays busy for good, so every request needs a new one.
 */
final class BodyNotConsumedPattern implements RequestPattern {

    private final HttpClient client;

    BodyNotConsumedPattern(JdkHttpClients clients) {
        this.client = clients.newClient();
    }

    @Override
    public int get(URL url) throws Exception {
        HttpResponse<InputStream> response = client.send(JdkHttpClients.get(url),
                HttpResponse.BodyHandlers.ofInputStream()); // the mistake: the stream is never read nor closed
        SampleOutput.unread(response.statusCode());
        return response.statusCode();
    }
}
