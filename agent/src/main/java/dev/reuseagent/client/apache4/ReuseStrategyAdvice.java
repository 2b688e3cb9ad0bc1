package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultClientConnectionReuseStrategy} / {@code DefaultConnectionReuseStrategy#keepAlive(HttpResponse,
 * HttpContext)}: a refusal closes the connection, because of the response or the request's Connection: close.
 */
public final class ReuseStrategyAdvice {

    private ReuseStrategyAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return boolean keepAlive, @Advice.Argument(1) Object context) {
        Apache4Hooks.reuseDecided(keepAlive, context);
    }
}
