package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code KeepAliveCache#get(URL, Object)}: a cached connection is handed out and becomes busy, or (null) the
 * pool has none: the moment and the pool key of a miss.
 */
public final class CacheGetAdvice {

    private CacheGetAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object client, @Advice.Argument(0) Object url,
            @Advice.Argument(1) Object poolKey) {
        UrlConnectionHooks.cacheLookedUp(client, url, poolKey);
    }
}
