package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: the {@code o.a.hc.client5.http.impl.classic.InternalExecRuntime} constructor (InternalHttpClient
 * makes one per request, on the request's thread): the lease of a connection that a client of a shared manager may
 * still hold when it is closed.
 */
public final class RuntimeCreatedAdvice {

    private RuntimeCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object runtime) {
        Apache5Hooks.leaseCreated(runtime);
    }
}
