package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/**
 * {@code InternalExecRuntime#acquireEndpoint(String, HttpRoute, Object, HttpClientContext)}: the lease of a
 * connection for one request; on exit {@code reusable} is true when the endpoint came connected (an idle
 * connection was reused).
 */
public final class AcquireEndpointAdvice {

    private AcquireEndpointAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("manager") Object manager, @Advice.Argument(1) Object route) {
        Apache5Hooks.acquireEnter(manager, route);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("reusable") boolean reusable, @Advice.Thrown Throwable thrown) {
        Apache5Hooks.acquireExit(reusable, thrown);
    }
}
