package dev.reuseagent.samples.jdkhttp;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * {@code client-per-request}: a new HttpClient for every request. Each has a connection pool (and here an SSLContext)
 * of its own, so no connection is ever reused; the idle ones linger until their client is garbage-collected.
 */
final class ClientPerRequestPattern implements RequestPattern {

    private final JdkHttpClients clients;

    ClientPerRequestPattern(JdkHttpClients clients) {
        this.clients = clients;
    }

    @Override
    public int get(URL url) throws Exception {
        HttpClient client = clients.newClient(); // the mistake: a client (and a pool) per request
        HttpResponse<byte[]> response = client.send(JdkHttpClients.get(url), HttpResponse.BodyHandlers.ofByteArray());
        SampleOutput.response(response.statusCode(), response.body());
        return response.statusCode();
    }
}
