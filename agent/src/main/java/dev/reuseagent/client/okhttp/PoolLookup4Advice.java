package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/**
 * 4.12 {@code RealConnectionPool#callAcquirePooledConnection(Address, RealCall, List, boolean)Z}: a miss; or, asked
 * for HTTP/2 only after connecting, a hit that makes the new connection redundant (coalescing).
 */
public final class PoolLookup4Advice {

    private PoolLookup4Advice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return boolean found, @Advice.Argument(1) Object call,
            @Advice.Argument(3) boolean requireMultiplexed) {
        if (!found && !requireMultiplexed) {
            OkHttpHooks.poolMissed(call);
        } else if (found && requireMultiplexed) {
            OkHttpHooks.coalesced();
        }
    }
}
