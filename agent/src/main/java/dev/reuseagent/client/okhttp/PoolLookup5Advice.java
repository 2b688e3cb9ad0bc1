package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * 5.x {@code RealConnectionPool#callAcquirePooledConnection$okhttp(boolean, Address, RealCall, List, boolean)}: a miss;
 * or, asked for HTTP/2 only by {@code ConnectPlan#handleSuccess}, a hit that makes the new connection redundant.
 */
public final class PoolLookup5Advice {

    private PoolLookup5Advice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return Object found, @Advice.Argument(2) Object call,
            @Advice.Argument(4) boolean requireMultiplexed) {
        if (found == null && !requireMultiplexed) {
            OkHttpHooks.poolMissed(call);
        } else if (found != null && requireMultiplexed) {
            OkHttpHooks.coalesced();
        }
    }
}
