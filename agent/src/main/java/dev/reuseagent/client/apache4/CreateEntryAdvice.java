package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code CPool#createEntry(HttpRoute, ManagedHttpClientConnection)} (not the bridge): the pool's miss. */
public final class CreateEntryAdvice {

    private CreateEntryAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object pool, @Advice.Argument(0) Object route,
            @Advice.Return Object entry) {
        Apache4Hooks.entryCreated(pool, route, entry);
    }
}
