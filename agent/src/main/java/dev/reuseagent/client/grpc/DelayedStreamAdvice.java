package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code DelayedClientTransport#newStream(MethodDescriptor, Metadata, CallOptions, ClientStreamTracer[])}: no
 * transport is ready for the call, so its stream waits ({@code PendingStream}) until one is.
 */
public final class DelayedStreamAdvice {

    private DelayedStreamAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object stream) {
        GrpcHooks.streamDelayed(stream);
    }
}
