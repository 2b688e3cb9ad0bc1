package dev.reuseagent.instrument.apache4;

import dev.reuseagent.bootstrap.Apache4Hooks;
import net.bytebuddy.asm.Advice;

/** {@code NoConnectionReuseStrategy#keepAlive}: the application switched connection reuse off. */
public final class NoReuseStrategyAdvice {

    private NoReuseStrategyAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit() {
        Apache4Hooks.reuseSwitchedOff();
    }
}
