package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: the {@code o.a.http.impl.execchain.ConnectionHolder} constructor (MainClientExec makes one per
 * request, on the request's thread): the lease of a connection that a client of a shared manager may still hold
 * when it is closed.
 */
public final class HolderCreatedAdvice {

    private HolderCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object holder) {
        Apache4Hooks.leaseCreated(holder);
    }
}
