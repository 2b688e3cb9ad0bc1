package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/**
 * {@code o.a.http.nio.reactor.ssl.SSLIOSession(IOSession, SSLMode, HttpHost, SSLContext, SSLSetupHandler,
 * SSLBufferManagementStrategy)} (the constructor the others delegate to): the SSLEngine of a TLS connection and the
 * session over its SocketChannel. The engine's handshake runs on a dispatcher thread, not the reactor thread that
 * made the connect, so the transport layer cannot pair them by thread.
 */
public final class SslSessionAdvice {

    private SslSessionAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("session") Object session, @Advice.FieldValue("sslEngine") Object engine) {
        Apache4AsyncHooks.sslSessionCreated(session, engine);
    }
}
