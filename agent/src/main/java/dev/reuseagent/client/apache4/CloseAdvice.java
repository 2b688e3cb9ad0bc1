package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code CPoolEntry#closeConnection()} and {@code #shutdownConnection()}: the entry's connection ends. */
public final class CloseAdvice {

    private CloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object entry) {
        Apache4Hooks.closing(entry);
    }
}
