package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.weave.Advice;

/**
 * {@code HttpClientFacade#isTerminated()} and {@code #awaitTermination(Duration)} (JDK 21+), enforcing only: before
 * they answer for a shared client every caller has closed, the client is stopped for real.
 */
public final class TerminationAdvice {

    private TerminationAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object client) {
        JdkHttpHooks.terminationAsked(client);
    }
}
