package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: {@code o.a.http.impl.client.InternalHttpClient#close()}: a client of a shared manager closes
 * and gives up what it still holds (its manager stays open).
 */
public final class ClientCloseAdvice {

    private ClientCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object client) {
        Apache4Hooks.clientClosing(client);
    }
}
