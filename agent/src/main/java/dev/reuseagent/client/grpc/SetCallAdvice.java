package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code DelayedClientCall#setCall(ClientCall)}: a delayed call gets its real call, and starts it on this thread when
 * the application has started it already.
 */
public final class SetCallAdvice {

    private SetCallAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object call) {
        return GrpcHooks.carrying(call);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object before) {
        GrpcHooks.carried(before);
    }
}
