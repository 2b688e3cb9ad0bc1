package dev.reuseagent.samples.apache4;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.apache.http.impl.client.HttpClients;

import java.io.IOException;
import java.net.URL;

/**
 * {@code never-closed}: {@code HttpClients.createDefault().execute(get)} per request, reading only the status:
 * neither the response nor the client is ever closed. Each client's own manager keeps its leaked connection
 * until it is garbage-collected. In a shared pool (enforcement) such leaks would fill the pool, so the agent
 * releases them when the pool runs dry and stops merging that configuration.
 */
final class NeverClosedPattern implements RequestPattern {

    NeverClosedPattern(Options options, Tls tls) {
    }

    @Override
    public int get(URL url) throws IOException {
        int status = HttpClients.createDefault().execute(Apache4Clients.get(url)).getStatusLine().getStatusCode();
        SampleOutput.unread(status);
        return status;
    }
}
