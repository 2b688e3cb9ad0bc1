package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpRequestImpl(HttpRequest, ProxySelector)}, enforcing only: {@code HttpClientImpl#sendAsync} copies the
 * application's request, on the sending thread; the copy is what the exchanges and responses carry.
 */
public final class RequestCreatedAdvice {

    private RequestCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object request) {
        JdkHttpHooks.requestCreated(request);
    }
}
