package dev.reuseagent.client.okhttp;

import dev.reuseagent.weave.Advice;

import java.util.Deque;

/**
 * 3.14 {@code RealConnectionPool#cleanup(long)}: an eviction run. 3.x removes the evicted connection from its
 * {@code Deque} and closes it without retiring it first (4.12 and 5.x set {@code noNewExchanges}, which the other
 * hooks see), so the connections before and after tell which one left. The {@code Deque} field is 3.x only (4.12
 * and 5.x keep a {@code ConcurrentLinkedQueue}): there this advice does not bind, and does not apply.
 */
public final class Cleanup3Advice {

    private Cleanup3Advice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.This Object pool, @Advice.FieldValue("connections") Deque<?> connections) {
        return OkHttpHooks.poolEvicting(pool, connections);
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object pool, @Advice.Enter Object before, @Advice.Return long waitNanos,
            @Advice.FieldValue("connections") Deque<?> connections) {
        if (waitNanos == 0) { // 0: it closed one connection and runs again at once
            OkHttpHooks.poolEvicted(pool, before, connections, true);
        }
    }
}
