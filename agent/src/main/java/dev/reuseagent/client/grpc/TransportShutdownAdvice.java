package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code InternalSubchannel$TransportListener#transportShutdown(Status, DisconnectError)}: the listener's
 * {@code transport} takes no new streams; it closes when its last stream ends.
 */
public final class TransportShutdownAdvice {

    private TransportShutdownAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("transport") Object transport, @Advice.Argument(1) Object error) {
        GrpcHooks.transportShutdown(transport, error);
    }
}
