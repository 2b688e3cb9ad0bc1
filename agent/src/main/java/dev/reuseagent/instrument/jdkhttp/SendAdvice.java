package dev.reuseagent.instrument.jdkhttp;

import dev.reuseagent.bootstrap.JdkHttpHooks;
import net.bytebuddy.asm.Advice;

/** {@code HttpClientImpl#send(HttpRequest, BodyHandler)}: the calling thread starts another synchronous request. */
public final class SendAdvice {

    private SendAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        JdkHttpHooks.sending();
    }
}
