package dev.reuseagent.client.grpc;

import java.net.InetSocketAddress;

/** A transport a channel made, until its first stream: where it goes, whose it is, and when it was asked for. */
final class GrpcTransport {

    final InetSocketAddress address;
    /** The channel's {@code CallCredentialsApplyingTransportFactory}: one per channel, the pool. */
    final Object pool;
    final long createdNanos;
    /** Whether its first stream was seen (guarded by this). */
    boolean opened;

    GrpcTransport(InetSocketAddress address, Object pool, long createdNanos) {
        this.address = address;
        this.pool = pool;
        this.createdNanos = createdNanos;
    }
}
