package dev.reuseagent.client.okhttp;

import dev.reuseagent.weave.Advice;

/**
 * 3.14 {@code RealConnection#noNewExchanges()}: retired by its user. As {@link NoNewExchangesAdvice}, but 3.x names
 * the idle mark {@code idleAtNanos} (4.12 and 5.x: {@code idleAtNs}).
 */
public final class NoNewExchanges3Advice {

    private NoNewExchanges3Advice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object connection,
            @Advice.FieldValue("noNewExchanges") boolean alreadyRetired,
            @Advice.FieldValue("idleAtNanos") long idleAtNanos) {
        if (!alreadyRetired) {
            OkHttpHooks.retired(connection, idleAtNanos);
        }
    }
}
