package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** 4.12 {@code RealConnection#trackFailure$okhttp(RealCall, IOException)}, 5.x {@code #trackFailure}: an I/O error. */
public final class TrackFailureAdvice {

    private TrackFailureAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static boolean enter(@Advice.FieldValue("noNewExchanges") boolean retired) {
        return retired;
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Enter boolean wasRetired,
            @Advice.FieldValue("noNewExchanges") boolean retired, @Advice.Argument(0) Object call,
            @Advice.Argument(1) Object error) {
        if (retired && !wasRetired) {
            OkHttpHooks.failed(connection, call, (Throwable) error); // an IOException
        }
    }
}
