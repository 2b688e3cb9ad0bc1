package dev.reuseagent.client.vertx;

import dev.reuseagent.weave.Advice;

/** {@code HttpClientImpl#doShutdown(Completable)} and {@code #doClose(Completable)}: the client is being closed. */
public final class ClientClosingAdvice {

    private ClientClosingAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object client) {
        VertxHooks.clientClosing(client);
    }
}
