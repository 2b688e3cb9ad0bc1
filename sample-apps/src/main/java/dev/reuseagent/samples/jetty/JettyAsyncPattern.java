package dev.reuseagent.samples.jetty;

import dev.reuseagent.samples.RequestPattern;
import dev.reuseagent.samples.SampleOutput;
import dev.reuseagent.samples.Tls;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code async}: one shared HttpClient, each request sent with {@code send(listener)}; the response completes on
 * Jetty's threads, the worker waits for it.
 */
final class JettyAsyncPattern implements RequestPattern {

    private static final long TIMEOUT_SECONDS = 30;

    private final HttpClient client;

    JettyAsyncPattern(Tls tls) throws Exception {
        this.client = JettyClients.started(tls, 0);
    }

    @Override
    public int get(URL url) throws Exception {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        client.newRequest(url.toURI()).send(new BufferingResponseListener() {
            @Override
            public void onComplete(Result result) {
                if (result.isFailed()) {
                    status.completeExceptionally(result.getFailure());
                } else {
                    SampleOutput.response(result.getResponse().getStatus(), getContent());
                    status.complete(result.getResponse().getStatus());
                }
            }
        });
        return status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void afterLastRequest() throws Exception {
        client.stop();
    }
}
