package dev.reuseagent.client.apache4;

import dev.reuseagent.weave.Advice;

/**
 * {@code releaseConnection(ManagedClientConnection, long, TimeUnit)} of the four legacy connection managers: the
 * connection goes back to its pool, or (not reusable) is shut down on the way.
 */
public final class LegacyReleaseAdvice {

    private LegacyReleaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Argument(0) Object handle) throws ReflectiveOperationException {
        return Apache4LegacyHooks.releasing(handle);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object connection) {
        Apache4LegacyHooks.released(connection);
    }
}
