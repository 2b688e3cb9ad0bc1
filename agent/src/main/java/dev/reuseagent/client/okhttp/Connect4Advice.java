package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** 4.12 {@code RealConnection#connect(int, int, int, int, boolean, Call, EventListener)}: TCP and TLS done. */
public final class Connect4Advice {

    private Connect4Advice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("rawSocket") Object rawSocket, @Advice.Thrown Throwable thrown) {
        if (thrown == null) {
            OkHttpHooks.connectionConnected(rawSocket);
        }
    }
}
