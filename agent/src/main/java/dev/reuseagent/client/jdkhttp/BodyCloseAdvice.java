package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code ResponseSubscribers$HttpResponseInputStream#close()} ({@code BodyHandlers.ofInputStream()}), enforcing
 * only: before it cancels the rest of an HTTP/1.1 body, which closes the connection, the rest is read if it comes
 * within {@code enforceDrain}.
 */
public final class BodyCloseAdvice {

    private BodyCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object stream, @Advice.FieldValue("closed") boolean closed,
            @Advice.FieldValue("failed") Object failed, @Advice.FieldValue("buffers") Object buffers,
            @Advice.FieldValue("subscription") Object subscription) {
        JdkHttpHooks.closingBody(stream, closed, failed, buffers, subscription);
    }
}
