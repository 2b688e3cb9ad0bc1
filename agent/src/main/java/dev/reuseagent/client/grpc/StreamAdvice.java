package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code InternalSubchannel$CallTracingTransport#newStream(MethodDescriptor, Metadata, CallOptions,
 * ClientStreamTracer[])}: one RPC attempt gets a stream on this transport.
 */
public final class StreamAdvice {

    private StreamAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object transport, @Advice.FieldValue("delegate") Object delegate) {
        GrpcHooks.streamStarting(transport, delegate);
    }
}
