package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code CallServerInterceptor#intercept(Interceptor$Chain)}: where OkHttp checks {@code Connection: close} in the
 * request and the response; its result tells whose header it was.
 */
public final class InterceptAdvice {

    private InterceptAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Return Object response) {
        OkHttpHooks.interceptDone(response);
    }
}
