package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientImpl#send(HttpRequest, BodyHandler)}: the calling thread starts another synchronous request;
 * at its exit, whether it failed.
 */
public final class SendAdvice {

    private SendAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        JdkHttpHooks.sending();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Thrown Throwable thrown) {
        if (thrown != null) {
            JdkHttpHooks.sendFailed(thrown);
        }
    }
}
