package dev.reuseagent.client.okhttp;

import dev.reuseagent.weave.Advice;

import java.util.Deque;

/**
 * 3.14 {@code RealConnectionPool#evictAll()}: the application shuts the pool's idle connections. As in
 * {@link Cleanup3Advice}, 3.x removes and closes them without a hooked call per connection; the {@code Deque}
 * field keeps this advice to 3.x.
 */
public final class EvictAll3Advice {

    private EvictAll3Advice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object pool, @Advice.FieldValue("connections") Deque<?> connections) {
        return OkHttpHooks.poolEvicting(pool, connections);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object pool, @Advice.Enter Object before,
            @Advice.FieldValue("connections") Deque<?> connections) {
        OkHttpHooks.poolEvicted(pool, before, connections, false);
    }
}
