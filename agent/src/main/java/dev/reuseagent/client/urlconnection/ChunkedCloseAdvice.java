package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code sun.net.www.http.ChunkedInputStream#close()} (enforcing only): a chunked response body is being closed,
 * possibly before its last chunk. Its own fields: {@code hc}, {@code closed}, {@code error}, and {@code in}, which
 * the stream sets to null once the body has ended. Same in OpenJDK 17 and 25.
 */
public final class ChunkedCloseAdvice {

    private ChunkedCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object stream, @Advice.FieldValue("hc") Object client,
            @Advice.FieldValue("closed") boolean closed, @Advice.FieldValue("error") boolean error,
            @Advice.FieldValue("in") Object underlying) {
        UrlConnectionHooks.closingChunked(stream, client, closed, error, underlying);
    }
}
