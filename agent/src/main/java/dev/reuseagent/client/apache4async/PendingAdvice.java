package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/** {@code o.a.http.nio.pool.RouteSpecificPool#addPending(SessionRequest, BasicFuture)}: the pool's miss. */
public final class PendingAdvice {

    private PendingAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object sessionRequest, @Advice.Argument(1) Object future) {
        Apache4AsyncHooks.sessionRequested(sessionRequest, future);
    }
}
