package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientFacade#sendAsync} (2 and 3 arguments), enforcing only: as {@link ClientSendAdvice}, the request
 * being answered when its future completes.
 */
public final class ClientSendAsyncAdvice {

    private ClientSendAsyncAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object client) {
        return JdkHttpHooks.sendingOn(client);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object handle, @Advice.Return Object future) {
        JdkHttpHooks.sentAsyncOn(handle, future);
    }
}
