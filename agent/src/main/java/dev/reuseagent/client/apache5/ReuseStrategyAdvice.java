package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * core5 {@code DefaultConnectionReuseStrategy#keepAlive(HttpRequest, HttpResponse, HttpContext)}: a refusal
 * closes the connection, because of the server's response or because the request said Connection: close.
 */
public final class ReuseStrategyAdvice {

    private ReuseStrategyAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return boolean keepAlive, @Advice.Argument(0) Object request) {
        Apache5Hooks.reuseDecided(keepAlive, request);
    }
}
