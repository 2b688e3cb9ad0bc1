package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** 4.12 {@code RealConnection#noNewExchanges$okhttp()}, 5.x {@code #noNewExchanges()}: retired by its user. */
public final class NoNewExchangesAdvice {

    private NoNewExchangesAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection,
            @Advice.FieldValue("noNewExchanges") boolean alreadyRetired, @Advice.FieldValue("idleAtNs") long idleAtNs) {
        if (!alreadyRetired) {
            OkHttpHooks.retired(connection, idleAtNs);
        }
    }
}
