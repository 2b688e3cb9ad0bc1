package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/** {@code HttpsClient#createSocket()}: which SSLSocketFactory (hence which keep-alive pool) a connection has. */
public final class SslFactoryAdvice {

    private SslFactoryAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("sslSocketFactory") Object factory) {
        UrlConnectionHooks.sslFactory(factory);
    }
}
