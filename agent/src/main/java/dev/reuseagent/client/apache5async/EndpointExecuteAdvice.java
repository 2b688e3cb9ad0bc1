package dev.reuseagent.client.apache5async;

import dev.reuseagent.weave.Advice;

/**
 * {@code PoolingAsyncClientConnectionManager$InternalConnectionEndpoint#execute} (4 arguments) enter: a request
 * goes out on the endpoint's pool entry ({@code poolEntryRef}); the first one after a connect finds its new
 * connection there.
 */
public final class EndpointExecuteAdvice {

    private EndpointExecuteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("poolEntryRef") Object poolEntryRef) {
        Apache5AsyncHooks.executing(poolEntryRef);
    }
}
