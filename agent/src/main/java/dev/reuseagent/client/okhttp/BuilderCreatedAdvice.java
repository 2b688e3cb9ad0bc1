package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code OkHttpClient$Builder()} (enforcing only): the pool the builder made for itself (4.12: a new
 * {@code ConnectionPool()}; 5.x: none). {@code Builder(OkHttpClient)} runs this constructor first, too.
 */
public final class BuilderCreatedAdvice {

    private BuilderCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object builder, @Advice.FieldValue("connectionPool") Object pool) {
        OkHttpHooks.builderCreated(builder, pool);
    }
}
