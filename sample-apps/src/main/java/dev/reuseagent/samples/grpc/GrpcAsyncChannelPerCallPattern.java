package dev.reuseagent.samples.grpc;

import dev.reuseagent.samples.RequestPattern;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;

import java.net.URL;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code async-channel-per-call}: a new ManagedChannel per call, the call started asynchronously (a future stub
 * call) and awaited, the channel shut down after it: a connection per call, made on gRPC's threads.
 */
final class GrpcAsyncChannelPerCallPattern implements RequestPattern {

    private final GrpcCalls calls;

    GrpcAsyncChannelPerCallPattern(GrpcCalls calls) {
        this.calls = calls;
    }

    @Override
    public int get(URL url) throws Exception {
        ManagedChannel channel = calls.channel(url);
        try {
            Future<byte[]> reply = ClientCalls.futureUnaryCall(channel.newCall(GrpcCalls.ECHO, CallOptions.DEFAULT),
                    GrpcCalls.request(url)); // starts the call: its connection is made on gRPC's threads
            return GrpcCalls.observed(reply.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StatusRuntimeException) {
                return GrpcCalls.failed((StatusRuntimeException) e.getCause());
            }
            throw e;
        } finally {
            GrpcCalls.close(channel);
        }
    }
}
