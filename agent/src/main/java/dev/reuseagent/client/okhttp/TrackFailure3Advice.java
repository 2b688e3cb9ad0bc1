package dev.reuseagent.client.okhttp;

import dev.reuseagent.weave.Advice;

/**
 * 3.14 {@code RealConnection#trackFailure(IOException)}: an I/O error. 3.x passes no call (4.12 and 5.x pass the
 * {@code RealCall}), so a cancelled call's connection is not told from another failure here: its cause stays
 * {@code unknown}.
 */
public final class TrackFailure3Advice {

    private TrackFailure3Advice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static boolean enter(@Advice.FieldValue("noNewExchanges") boolean retired) {
        return retired;
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object connection, @Advice.Enter boolean wasRetired,
            @Advice.FieldValue("noNewExchanges") boolean retired, @Advice.Argument(0) Object error) {
        if (retired && !wasRetired) {
            OkHttpHooks.failed(connection, null, (Throwable) error); // an IOException, or null
        }
    }
}
