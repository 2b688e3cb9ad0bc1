package dev.reuseagent.instrument.jdkhttp;

import dev.reuseagent.bootstrap.JdkHttpHooks;
import net.bytebuddy.asm.Advice;

/** {@code HttpClientImpl}'s constructor: a new client, with a connection pool of its own. */
public final class ClientCreatedAdvice {

    private ClientCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.FieldValue("id") long id) {
        JdkHttpHooks.clientCreated(client, id);
    }
}
