package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/** {@code shared}: the good pattern. One HttpClient for every request, each body read to the end. */
final class SharedClientPattern implements RequestPattern {

    private final HttpClient client;

    SharedClientPattern(JdkHttpClients clients) {
        this.client = clients.newClient();
    }

    @Override
    public int get(URL url) throws Exception {
        HttpResponse<byte[]> response = client.send(JdkHttpClients.get(url), HttpResponse.BodyHandlers.ofByteArray());
        SampleOutput.response(response.statusCode(), response.body());
        return response.statusCode();
    }
}
