package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/** {@code AbstractNIOConnPool#onReuse(PoolEntry)}: a free entry is handed out (CPool does not override it). */
public final class ReuseAdvice {

    private ReuseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object entry) {
        Apache4AsyncHooks.reused(entry);
    }
}
