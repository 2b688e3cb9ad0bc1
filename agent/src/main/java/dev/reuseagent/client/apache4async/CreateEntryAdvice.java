package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/** {@code o.a.http.impl.nio.conn.CPool#createEntry(HttpRoute, ManagedNHttpClientConnection)} (not the bridge). */
public final class CreateEntryAdvice {

    private CreateEntryAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object pool, @Advice.Argument(0) Object route,
            @Advice.Argument(1) Object connection, @Advice.Return Object entry) {
        Apache4AsyncHooks.entryCreated(pool, route, connection, entry);
    }
}
