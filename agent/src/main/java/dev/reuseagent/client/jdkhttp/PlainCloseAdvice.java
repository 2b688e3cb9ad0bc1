package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code PlainHttpConnection#close()} (JDK 25 also {@code close(Throwable)}): every physical close of a connection;
 * a TLS connection closes through its plain one. */
public final class PlainCloseAdvice {

    private PlainCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object plain, @Advice.FieldValue("closed") boolean closed) {
        if (!closed) {
            JdkHttpHooks.closing(plain);
        }
    }
}
