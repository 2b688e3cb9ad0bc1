package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/** {@code Http1xClientConnection#createStream(ContextInternal)}: one request was leased this connection. */
public final class StreamCreatedAdvice {

    private StreamCreatedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        VertxHooks.streamCreated(connection);
    }
}
