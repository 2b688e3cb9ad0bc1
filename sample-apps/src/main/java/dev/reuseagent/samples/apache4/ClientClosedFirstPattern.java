package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

import java.io.IOException;
import java.net.URL;

/**
 * {@code client-closed-first}: a default client per request whose response is never closed nor read; closing the
 * client (its own connection manager) is what ends the connection. With {@code enforce=apache} the manager is
 * shared and stays open, so closing the client must still end what the client held, or the shared pool would
 * run dry (2 connections per route in 4.5, and a lease waits forever by default).
 */
final class ClientClosedFirstPattern implements RequestPattern {

    ClientClosedFirstPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            CloseableHttpResponse response = client.execute(Apache4Clients.get(url)); // never closed
            int status = response.getStatusLine().getStatusCode();
            SampleOutput.unread(status);
            return status;
        }
    }
}
