package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code sun.net.www.protocol.https.HttpsClient#afterConnect()} (OpenJDK 17 and 25): the TLS handshake and host
 * name check of a new HTTPS connection, after its TCP connect. Only a throw matters: a failed connection.
 */
public final class AfterConnectAdvice {

    private AfterConnectAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.Thrown Throwable thrown) {
        if (thrown != null) {
            UrlConnectionHooks.setupFailed(client, thrown);
        }
    }
}
