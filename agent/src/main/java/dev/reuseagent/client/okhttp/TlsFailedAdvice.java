package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * 4.12 {@code RealConnection#connectTls(ConnectionSpecSelector)}, 5.x {@code ConnectPlan#connectTls(SSLSocket,
 * ConnectionSpec)}: the TLS handshake (and host name and pin checks) of a new connection, after its TCP connect
 * on the same thread. Both classes hold the {@code okhttp3.Route} in a field {@code route}. Only a throw matters.
 */
public final class TlsFailedAdvice {

    private TlsFailedAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("route") Object route, @Advice.Thrown Throwable thrown) {
        if (thrown != null) {
            OkHttpHooks.tlsFailed(route, thrown);
        }
    }
}
