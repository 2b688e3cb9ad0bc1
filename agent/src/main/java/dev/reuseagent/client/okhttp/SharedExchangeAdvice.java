package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code RealConnection#newCodec$okhttp(OkHttpClient, RealInterceptorChain)} (enforcing only): which client's
 * exchange starts on the connection (after the codec is made: the exchange really runs there).
 */
public final class SharedExchangeAdvice {

    private SharedExchangeAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Argument(0) Object client) {
        OkHttpHooks.sharedExchange(client, connection);
    }
}
