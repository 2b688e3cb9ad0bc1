package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/**
 * {@code InternalH2AsyncExecRuntime#execute} (3 arguments) enter, HTTP/2-only client: a request goes out as a stream
 * on the session of {@code sessionRef} (its {@code Endpoint}), from the pool {@code connPool}.
 */
public final class H2ExecuteAdvice {

    private H2ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("sessionRef") Object sessionRef,
            @Advice.FieldValue("connPool") Object connPool) {
        Apache5AsyncHooks.h2Executing(sessionRef, connPool);
    }
}
