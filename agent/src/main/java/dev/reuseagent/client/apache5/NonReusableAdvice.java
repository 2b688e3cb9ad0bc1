package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/** {@code InternalExecRuntime#markConnectionNonReusable()}: the exchange's connection closes when released. */
public final class NonReusableAdvice {

    private NonReusableAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache5Hooks.nonReusable();
    }
}
