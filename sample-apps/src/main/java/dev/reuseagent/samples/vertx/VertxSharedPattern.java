package dev.reuseagent.samples.vertx;

import dev.reuseagent.samples.RequestPattern;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.URL;
import java.util.concurrent.TimeUnit;

/**
 * {@code shared}: one Vertx and one WebClient for the whole run, so its connection pool keeps the connection open
 * between requests (the good one). Closed after the last request.
 */
final class VertxSharedPattern implements RequestPattern {

    private final Vertx vertx = Vertx.vertx();
    private final WebClient client;

    VertxSharedPattern(WebClientOptions options) {
        this.client = WebClient.create(vertx, options);
    }

    @Override
    public int get(URL url) throws Exception {
        VertxClients.checkScheme(url);
        return VertxClients.await(client.getAbs(url.toString()).send()); // one pool, connects once, then reuses
    }

    @Override
    public void afterLastRequest() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
