package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealCall$AsyncCall#run()}: an enqueued call runs on a dispatcher thread. */
public final class AsyncRunAdvice {

    private AsyncRunAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("this$0") Object call) {
        OkHttpHooks.asyncRunning(call);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        OkHttpHooks.asyncRunning(null);
    }
}
