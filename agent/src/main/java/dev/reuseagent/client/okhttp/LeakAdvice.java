package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code Platform#logCloseableLeak(String, Object)}: a call was collected with its response body never closed. */
public final class LeakAdvice {

    private LeakAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        OkHttpHooks.leakLogged();
    }
}
