package dev.reuseagent.samples.grpc;

import dev.reuseagent.samples.RequestPattern;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;

import java.net.URL;

/**
 * {@code shared}: one ManagedChannel for every call, shut down at the end: one connection, multiplexed.
 * {@code shared-idle}: the same channel with a 1 s {@code idleTimeout}: after a longer pause it has dropped its
 * connection, and the next call opens another.
 */
final class GrpcSharedPattern implements RequestPattern {

    private final GrpcCalls calls;
    private final int idleSeconds;
    private volatile ManagedChannel channel;

    GrpcSharedPattern(GrpcCalls calls, int idleSeconds) {
        this.calls = calls;
        this.idleSeconds = idleSeconds;
    }

    @Override
    public int get(URL url) {
        ManagedChannel shared = channelFor(url);
        try {
            return GrpcCalls.observed(ClientCalls.blockingUnaryCall(shared, GrpcCalls.ECHO, CallOptions.DEFAULT,
                    GrpcCalls.request(url))); // connects once, then every call reuses the connection
        } catch (StatusRuntimeException e) {
            return GrpcCalls.failed(e);
        }
    }

    private synchronized ManagedChannel channelFor(URL url) {
        if (channel == null) {
            channel = calls.channel(url, idleSeconds);
        }
        return channel;
    }

    @Override
    public void afterLastRequest() throws InterruptedException {
        if (channel != null) {
            GrpcCalls.close(channel);
        }
    }
}
