package dev.reuseagent.instrument.urlconnection;

import dev.reuseagent.bootstrap.ReuseHooks;
import net.bytebuddy.asm.Advice;

/** {@code KeepAliveCache#get(URL, Object)}: a cached connection is handed out and becomes busy. */
public final class CacheGetAdvice {

    private CacheGetAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object client) {
        ReuseHooks.urlConnectionTaken(client);
    }
}
