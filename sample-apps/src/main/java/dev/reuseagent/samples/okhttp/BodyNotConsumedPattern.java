package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code body-not-consumed}: one shared client, but the response is never closed and its body never read. The call
 * keeps its connection, so the next request needs a new one (OkHttp logs "A connection to ... was leaked" only once
 * the garbage collector finds the abandoned call).
 */
final class BodyNotConsumedPattern implements RequestPattern {

    /** The leaked responses, kept reachable so that the leak lasts until the JVM exits, whatever the GC does. */
    private static final List<Response> LEAKED = new ArrayList<>();

    private final OkHttpClient client;

    BodyNotConsumedPattern(OkHttpClients clients) {
        this.client = clients.newBuilder().build();
    }

    @Override
    public int get(URL url) throws IOException {
        Response response = client.newCall(OkHttpClients.get(url)).execute();
        synchronized (LEAKED) {
            LEAKED.add(response); // the mistake: neither read nor closed
        }
        return response.code();
    }
}
