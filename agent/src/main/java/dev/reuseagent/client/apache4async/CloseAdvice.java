package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/** {@code o.a.http.impl.nio.conn.CPoolEntry#closeConnection()} and {@code #shutdownConnection()}. */
public final class CloseAdvice {

    private CloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object entry) {
        Apache4AsyncHooks.closing(entry);
    }
}
