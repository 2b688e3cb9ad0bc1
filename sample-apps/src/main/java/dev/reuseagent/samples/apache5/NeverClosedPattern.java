package dev.reuseagent.samples.apache5;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.HttpClients;

import java.io.IOException;
import java.net.URL;

/**
 * {@code never-closed}: {@code HttpClients.createDefault().executeOpen(...)} per request, reading only the status:
 * neither the response nor the client is ever closed. Each client's own manager keeps its leaked connection
 * until it is garbage-collected. In a shared pool (enforcement) such leaks would fill the pool, so the agent
 * releases them when the pool runs dry and stops merging that configuration.
 */
final class NeverClosedPattern implements RequestPattern {

    NeverClosedPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        int status = HttpClients.createDefault().executeOpen(null, new HttpGet(Apache5Clients.uri(url)), null)
                .getCode();
        SampleOutput.unread(status);
        return status;
    }
}
