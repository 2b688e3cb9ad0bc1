package dev.reuseagent.samples.okhttp;

import dev.reuseagent.samples.RequestPattern;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code timeout-per-client} (http): a new client per request, in turn: a default client fetching the URL; a
 * client with a 300 ms call timeout fetching it with {@code slow=1} added to the query (a server that delays
 * those answers makes it time out); a client with a 5 s read timeout fetching the slow URL (it waits). Timeouts
 * belong to the client that makes the call, whichever client opened the connection.
 */
final class TimeoutPerClientPattern implements RequestPattern {

    static final String SLOW = "slow=1";
    static final long SHORT_CALL_TIMEOUT_MS = 300;

    private final AtomicInteger requests = new AtomicInteger();

    @Override
    public int get(URL url) throws IOException {
        int kind = requests.getAndIncrement() % 3;
        OkHttpClient client = kind == 0 ? new OkHttpClient()
                : kind == 1 ? new OkHttpClient.Builder().callTimeout(SHORT_CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS).build()
                : new OkHttpClient.Builder().readTimeout(5, TimeUnit.SECONDS).build();
        URL target = kind == 0 ? url : slow(url);
        try {
            return OkHttpClients.readFully(client.newCall(OkHttpClients.get(target)).execute());
        } catch (IOException e) {
            throw OkHttpClients.failed(e);
        }
    }

    private static URL slow(URL url) throws IOException {
        String query = url.getQuery();
        return new URL(url, url.getPath() + "?" + (query == null ? SLOW : query + "&" + SLOW));
    }
}
