package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code Http1Response#readBody(BodySubscriber, boolean, Executor)}, enforcing only: an HTTP/1.1 body is about to
 * flow into this subscriber (the application's on JDK 17, the JDK's wrapper of it on 21+), on this connection.
 */
public final class ReadBodyAdvice {

    private ReadBodyAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object subscriber, @Advice.Argument(1) boolean returnToPool,
            @Advice.FieldValue("connection") Object connection) {
        JdkHttpHooks.bodyStarting(subscriber, returnToPool, connection);
    }
}
