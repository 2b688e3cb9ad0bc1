package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealCall#enqueue(Callback)}: the application hands the call to the dispatcher. */
public final class EnqueueAdvice {

    private EnqueueAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object call) {
        OkHttpHooks.enqueued(call);
    }
}
