package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code RealConnection#newCodec$okhttp(OkHttpClient, RealInterceptorChain)}: an exchange starts on it. */
public final class NewCodecAdvice {

    private NewCodecAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Return Object codec,
            @Advice.FieldValue("http2Connection") Object http2Connection,
            @Advice.FieldValue("connectionPool") Object pool) {
        OkHttpHooks.exchangeStarting(connection, codec, http2Connection != null, pool);
    }
}
