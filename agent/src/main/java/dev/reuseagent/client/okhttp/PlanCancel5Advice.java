package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** 5.x {@code ConnectPlan#cancel()}: a fast-fallback attempt is abandoned and its raw socket closed. */
public final class PlanCancel5Advice {

    private PlanCancel5Advice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("rawSocket") Object rawSocket) {
        if (rawSocket != null) {
            OkHttpHooks.planCancelled(rawSocket);
        }
    }
}
