package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code sun.net.www.MeteredStream#read()} and {@code #read(byte[], int, int)} (OpenJDK 17 and 25; a fixed-length
 * response body, {@code KeepAliveStream}, reads through them): a read that threw means the body broke off.
 */
public final class BodyReadAdvice {

    private BodyReadAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object stream, @Advice.Thrown Throwable thrown) {
        if (thrown != null) {
            UrlConnectionHooks.bodyReadFailed(stream);
        }
    }
}
