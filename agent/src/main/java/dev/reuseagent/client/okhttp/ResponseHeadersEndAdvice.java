package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code Exchange#responseHeadersEnd(Response)}: the final response head of one exchange arrived. */
public final class ResponseHeadersEndAdvice {

    private ResponseHeadersEndAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("codec") Object codec) {
        OkHttpHooks.responseHead(codec);
    }
}
