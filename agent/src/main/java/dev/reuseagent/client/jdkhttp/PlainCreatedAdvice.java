package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code PlainHttpConnection}'s constructor: the TCP part of a new connection (also inside a TLS one) and its channel. */
public final class PlainCreatedAdvice {

    private PlainCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object plain, @Advice.FieldValue("chan") Object channel) {
        JdkHttpHooks.plainCreated(plain, channel);
    }
}
