package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code DelayedClientTransport$PendingStream#createRealStream(ClientTransport, String)}: a waiting stream is placed
 * on the transport that became ready, on a thread of the channel.
 */
public final class RealStreamAdvice {

    private RealStreamAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object stream) {
        return GrpcHooks.carrying(stream);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object before) {
        GrpcHooks.carried(before);
    }
}
