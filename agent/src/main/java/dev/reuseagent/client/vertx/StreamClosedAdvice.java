package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/**
 * {@code Http1xClientConnection$StreamImpl#handleClosed(Throwable)}: a request's stream is done (null) or failed
 * with its connection; its close handler hands the lease back to the pool next.
 */
public final class StreamClosedAdvice {

    private StreamClosedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("conn") Object connection, @Advice.FieldValue("closed") boolean closed,
            @Advice.Argument(0) Throwable error) {
        VertxHooks.streamClosed(connection, closed, error);
    }
}
