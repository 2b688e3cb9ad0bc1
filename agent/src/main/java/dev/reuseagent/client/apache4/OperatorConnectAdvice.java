package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code org.apache.http.impl.conn.DefaultHttpClientConnectionOperator#connect(ManagedHttpClientConnection,
 * HttpHost, InetSocketAddress, int, SocketConfig, HttpContext)}: a new connection's TCP connect and, for https,
 * its TLS handshake (SSLConnectionSocketFactory#connectSocket). Only a throw matters here.
 */
public final class OperatorConnectAdvice {

    private OperatorConnectAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Argument(1) Object host, @Advice.Thrown Throwable thrown) {
        if (thrown != null) {
            Apache4Hooks.connectFailed(host, thrown);
        }
    }
}
