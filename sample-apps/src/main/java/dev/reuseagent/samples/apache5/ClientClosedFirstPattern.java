package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;

import java.io.IOException;
import java.net.URL;

/**
 * {@code client-closed-first}: a default client per request whose response is never closed nor read; closing the
 * client (its own connection manager) is what ends the connection. With {@code enforce=apache} the manager is
 * shared and stays open, so closing the client must still end what the client held, or the shared pool would
 * run dry (5 connections per route, then a lease waits up to 3 minutes).
 */
final class ClientClosedFirstPattern implements RequestPattern {

    ClientClosedFirstPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            ClassicHttpResponse response = client.executeOpen(null, new HttpGet(Apache5Clients.uri(url)), null);
            SampleOutput.unread(response.getCode()); // never closed
            return response.getCode();
        }
    }
}
