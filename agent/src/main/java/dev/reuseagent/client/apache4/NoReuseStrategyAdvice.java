package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code NoConnectionReuseStrategy#keepAlive}: the application switched connection reuse off. */
public final class NoReuseStrategyAdvice {

    private NoReuseStrategyAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit() {
        Apache4Hooks.reuseSwitchedOff();
    }
}
