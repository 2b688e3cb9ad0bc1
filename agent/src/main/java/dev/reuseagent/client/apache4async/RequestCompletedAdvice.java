package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/** {@code AbstractNIOConnPool#requestCompleted(SessionRequest)}: a new session becomes a pool entry. */
public final class RequestCompletedAdvice {

    private RequestCompletedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static Object enter(@Advice.Argument(0) Object sessionRequest) {
        return Apache4AsyncHooks.completingEnter(sessionRequest);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.Enter Object previous) {
        Apache4AsyncHooks.completingExit(previous);
    }
}
