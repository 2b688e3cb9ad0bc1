package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/** {@code Response}'s 7-argument constructor: the response head of one exchange (HTTP/1.1, or one HTTP/2 stream)
 * arrived on {@code connection}. */
public final class ResponseAdvice {

    private ResponseAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Argument(0) Object request, @Advice.Argument(3) Object connection,
            @Advice.Argument(4) int status, @Advice.Argument(6) boolean connectResponse) throws ReflectiveOperationException {
        // A proxy CONNECT (or its synthetic 407) and interim 1xx heads are not exchanges.
        if (!connectResponse && (status < 100 || status >= 200)) {
            JdkHttpHooks.exchangeDone(connection, request);
        }
    }
}
