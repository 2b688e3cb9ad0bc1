package dev.reuseagent.client.vertx;

import dev.reuseagent.model.Origin;

/**
 * A new connection whose TCP connect could not be claimed yet when Vert.x built it: over plain HTTP, Vert.x builds
 * the connection (and may lease it) inside its own listener on the connect's promise, which Netty calls before the
 * netty slice's listener reports the connect. It is opened in the tracker once its first request's stream ends (the
 * report is in by then), or when it closes first.
 */
final class PendingConnection {

    final Origin origin;
    final String poolId;
    final Object channel;
    final long builtNanos;
    /** Requests leased the connection meanwhile (more than one only with pipelining). */
    int streams;

    PendingConnection(Origin origin, String poolId, Object channel, long builtNanos) {
        this.origin = origin;
        this.poolId = poolId;
        this.channel = channel;
        this.builtNanos = builtNanos;
    }
}
