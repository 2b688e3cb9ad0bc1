package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code KeepAliveCache#get(URL, Object)}: a cached connection is handed out and becomes busy, or (null) the
 * pool has none: the pool key of a miss. Its moment is when the look-up began, before it waited for the cache's
 * lock: a connection another thread returns while this one waits was not in the cache when it was asked.
 */
public final class CacheGetAdvice {

    private CacheGetAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        UrlConnectionHooks.cacheLookingUp();
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object client, @Advice.Argument(0) Object url,
            @Advice.Argument(1) Object poolKey) {
        UrlConnectionHooks.cacheLookedUp(client, url, poolKey);
    }
}
