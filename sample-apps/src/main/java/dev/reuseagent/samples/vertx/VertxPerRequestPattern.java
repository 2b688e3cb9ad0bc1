package dev.reuseagent.samples.vertx;

import dev.reuseagent.samples.RequestPattern;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.URL;
import java.util.concurrent.TimeUnit;

/**
 * {@code client-per-request}: a new Vertx and WebClient for every request, closed after its response: each one's
 * pool starts empty, so every request pays a TCP connect (and a TLS handshake over https).
 */
final class VertxPerRequestPattern implements RequestPattern {

    private final WebClientOptions options;

    VertxPerRequestPattern(WebClientOptions options) {
        this.options = options;
    }

    @Override
    public int get(URL url) throws Exception {
        VertxClients.checkScheme(url);
        Vertx vertx = Vertx.vertx();
        WebClient client = WebClient.create(vertx, new WebClientOptions(options));
        try {
            return VertxClients.await(client.getAbs(url.toString()).send()); // the mistake: a client per request
        } finally {
            client.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
