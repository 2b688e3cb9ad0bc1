package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/** {@code PoolingClientConnectionManager#leaseConnection(future, timeout, unit)}: the lease ends. */
public final class LegacyLeasedAdvice {

    private LegacyLeasedAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Return Object handle, @Advice.Thrown Throwable thrown)
            throws ReflectiveOperationException {
        Apache4LegacyHooks.leaseExit(handle, thrown);
    }
}
