package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientFacade#send} and both {@code #sendAsync}, enforcing only: which handle a request is sent on, until
 * the JDK copies the request ({@link RequestCreatedAdvice}) on the same thread.
 */
public final class ClientSendAdvice {

    private ClientSendAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object client) {
        JdkHttpHooks.sendingOn(client);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        JdkHttpHooks.sentOn();
    }
}
