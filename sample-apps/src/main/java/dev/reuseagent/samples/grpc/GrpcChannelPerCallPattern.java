package dev.reuseagent.samples.grpc;

import dev.reuseagent.samples.RequestPattern;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;

import java.net.URL;

/** {@code channel-per-call}: a new ManagedChannel for each call, shut down after it (the classic bad pattern). */
final class GrpcChannelPerCallPattern implements RequestPattern {

    private final GrpcCalls calls;

    GrpcChannelPerCallPattern(GrpcCalls calls) {
        this.calls = calls;
    }

    @Override
    public int get(URL url) throws InterruptedException {
        ManagedChannel channel = calls.channel(url);
        try {
            return GrpcCalls.observed(ClientCalls.blockingUnaryCall(channel, GrpcCalls.ECHO, CallOptions.DEFAULT,
                    GrpcCalls.request(url))); // a new connection for every call
        } catch (StatusRuntimeException e) {
            return GrpcCalls.failed(e);
        } finally {
            GrpcCalls.close(channel);
        }
    }
}
