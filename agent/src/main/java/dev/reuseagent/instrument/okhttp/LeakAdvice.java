package dev.reuseagent.instrument.okhttp;

import dev.reuseagent.bootstrap.OkHttpHooks;
import net.bytebuddy.asm.Advice;

/** {@code Platform#logCloseableLeak(String, Object)}: a call was collected with its response body never closed. */
public final class LeakAdvice {

    private LeakAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        OkHttpHooks.leakLogged();
    }
}
