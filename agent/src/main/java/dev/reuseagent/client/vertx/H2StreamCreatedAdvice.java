package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/** {@code Http2ClientConnection#createStream(ContextInternal)}: one request got a stream on this connection. */
public final class H2StreamCreatedAdvice {

    private H2StreamCreatedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection) {
        VertxHooks.h2StreamCreated(connection);
    }
}
