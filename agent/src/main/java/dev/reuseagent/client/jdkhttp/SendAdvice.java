package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code HttpClientImpl#send(HttpRequest, BodyHandler)}: the calling thread starts another synchronous request. */
public final class SendAdvice {

    private SendAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        JdkHttpHooks.sending();
    }
}
