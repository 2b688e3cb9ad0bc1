package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code ManagedChannelImpl$RealChannel$PendingCall(Context, MethodDescriptor, CallOptions)}: a call made before the
 * channel's name resolver answered, on the application's thread; it will start on an executor.
 */
public final class PendingCallAdvice {

    private PendingCallAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object call) {
        GrpcHooks.callDelayed(call);
    }
}
