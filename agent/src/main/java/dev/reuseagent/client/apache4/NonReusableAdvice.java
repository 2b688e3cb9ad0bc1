package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code ConnectionHolder#markNonReusable()}: the exchange's connection closes when released. */
public final class NonReusableAdvice {

    private NonReusableAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache4Hooks.nonReusable();
    }
}
