package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: {@code o.a.hc.client5.http.impl.classic.InternalHttpClient#close(CloseMode)} (close() calls it):
 * a client of a shared manager closes and gives up what it still holds (its manager stays open).
 */
public final class ClientCloseAdvice {

    private ClientCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object client) {
        Apache5Hooks.clientClosing(client);
    }
}
