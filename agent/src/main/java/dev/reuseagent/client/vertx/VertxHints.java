package dev.reuseagent.client.vertx;

import dev.reuseagent.report.ClientHints;

/** Vert.x's fixes, in its own terms (Vert.x 5.0's option names and defaults). */
final class VertxHints extends ClientHints {

    @Override
    public String fix(String reason) {
        switch (reason) {
            case "new-client":
                return "A new WebClient, HttpClient or Vertx per request has a connection pool of its own: create one "
                        + "Vertx and one WebClient (or HttpClient) and share them (they are thread-safe).";
            case "app-closed":
                return "The application closes its WebClient, HttpClient or Vertx: keep one open and share it.";
            case "idle-timeout":
                return "Vert.x closes connections idle longer than HttpClientOptions#setKeepAliveTimeout (default "
                        + "60 s; HTTP/2: setHttp2KeepAliveTimeout): raise it above the pauses between requests.";
            default:
                return null;
        }
    }
}
