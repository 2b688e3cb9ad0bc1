package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code CPoolEntry#markRouteComplete()}: the entry's connection is established (TCP, TLS, tunnel). */
public final class RouteCompleteAdvice {

    private RouteCompleteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object entry) {
        Apache4Hooks.routeComplete(entry);
    }
}
