package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code HttpClientImpl}'s constructor: a new client, with a connection pool of its own. */
public final class ClientCreatedAdvice {

    private ClientCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.FieldValue("id") long id) {
        JdkHttpHooks.clientCreated(client, id);
    }
}
