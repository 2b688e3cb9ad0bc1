package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/** static {@code HttpConnection#getConnection(InetSocketAddress, HttpClientImpl, HttpRequestImpl, Version)}: the
 * connection a request will use, pooled or new (HTTP/1.1 and HTTP/2 alike). */
public final class ConnectionChosenAdvice {

    private ConnectionChosenAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Return Object connection, @Advice.Argument(1) Object client,
            @Advice.Argument(2) Object request) throws ReflectiveOperationException {
        JdkHttpHooks.connectionChosen(connection, client, request);
    }
}
