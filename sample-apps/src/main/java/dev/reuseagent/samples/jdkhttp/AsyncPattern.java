package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * {@code async}: one HttpClient, sendAsync with the body read to the end. The request runs, and any connection is
 * made, on the client's own threads; the agent names the line that built the client as the site of new ones.
 */
final class AsyncPattern implements RequestPattern {

    private final HttpClient client;

    AsyncPattern(JdkHttpClients clients) {
        this.client = clients.newClient();
    }

    @Override
    public int get(URL url) throws Exception {
        HttpResponse<byte[]> response = client.sendAsync(JdkHttpClients.get(url),
                HttpResponse.BodyHandlers.ofByteArray()).join();
        SampleOutput.response(response.statusCode(), response.body());
        return response.statusCode();
    }
}
