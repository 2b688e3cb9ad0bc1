package dev.reuseagent.client.reactornetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code Http2ConnectionProvider$DisposableAcquire#onNext(PooledRef)}: the HTTP/2 pool handed this request a place
 * on one of its connections (on that connection's event loop); a stream is opened on it next.
 */
public final class StreamAcquiredAdvice {

    private StreamAcquiredAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object acquire, @Advice.Argument(0) Object pooledRef,
            @Advice.FieldValue("pool") Object pool) {
        ReactorNettyHooks.streamAcquired(acquire, pooledRef, pool);
    }
}
