package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientFacade#send}, enforcing only: which handle a request is sent on, until the JDK copies the request
 * ({@link RequestCreatedAdvice}) on the same thread, and until it is answered.
 */
public final class ClientSendAdvice {

    private ClientSendAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object client) {
        return JdkHttpHooks.sendingOn(client);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object handle) {
        JdkHttpHooks.sentOn(handle);
    }
}
