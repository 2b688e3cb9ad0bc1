package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code RouteSpecificPool#queue(Future)}: the lease waits for a connection at the pool's limit. */
public final class QueueAdvice {

    private QueueAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache4Hooks.queued();
    }
}
