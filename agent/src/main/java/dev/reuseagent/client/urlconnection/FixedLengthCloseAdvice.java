package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code sun.net.www.http.KeepAliveStream#close()} (enforcing only): a fixed-length response body is being closed,
 * possibly before its end. Its own fields: {@code hc} (the connection), {@code hurried}, {@code queuedForCleanup}.
 * Same in OpenJDK 17 and 25.
 */
public final class FixedLengthCloseAdvice {

    private FixedLengthCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object stream, @Advice.FieldValue("hc") Object client,
            @Advice.FieldValue("hurried") boolean hurried,
            @Advice.FieldValue("queuedForCleanup") boolean queuedForCleanup) {
        UrlConnectionHooks.closingFixedLength(stream, client, hurried, queuedForCleanup);
    }
}
