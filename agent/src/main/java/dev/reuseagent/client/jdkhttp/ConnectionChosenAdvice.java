package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import net.bytebuddy.asm.Advice;

import java.net.http.HttpRequest;

/** static {@code HttpConnection#getConnection(InetSocketAddress, HttpClientImpl, HttpRequestImpl, Version)}: the
 * connection a request will use, pooled or new (HTTP/1.1 and HTTP/2 alike). */
public final class ConnectionChosenAdvice {

    private ConnectionChosenAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Return Object connection, @Advice.Argument(1) Object client,
            @Advice.Argument(2) Object request) {
        // HttpRequestImpl extends the public HttpRequest; uri() returns a field.
        JdkHttpHooks.connectionChosen(connection, client,
                request instanceof HttpRequest ? ((HttpRequest) request).uri() : null);
    }
}
