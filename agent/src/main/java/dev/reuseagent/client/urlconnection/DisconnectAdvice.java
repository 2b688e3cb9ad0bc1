package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code sun.net.www.protocol.http.HttpURLConnection#disconnect()} (enforcing only; HttpsURLConnection delegates
 * to it): with the connection ({@code http}) and the response stream ({@code inputStream}) it has, both fields of
 * its own. Same in OpenJDK 17 and 25.
 */
public final class DisconnectAdvice {

    private DisconnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object connection, @Advice.FieldValue("http") Object client,
            @Advice.FieldValue("inputStream") Object responseStream) {
        return UrlConnectionHooks.disconnecting(connection, client, responseStream);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Enter Object pending) {
        UrlConnectionHooks.disconnected(pending);
    }
}
