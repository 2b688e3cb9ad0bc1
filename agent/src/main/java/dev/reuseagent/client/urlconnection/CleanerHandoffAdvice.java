package dev.reuseagent.client.urlconnection;

import dev.reuseagent.weave.Advice;

/**
 * {@code sun.net.www.http.KeepAliveCleanerEntry(KeepAliveStream, HttpClient)} (OpenJDK 17 and 25): made only when
 * {@code KeepAliveStream#close} hands a body with unread bytes to the Keep-Alive-SocketCleaner thread.
 */
public final class CleanerHandoffAdvice {

    private CleanerHandoffAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Argument(0) Object stream, @Advice.Argument(1) Object client) {
        UrlConnectionHooks.handedToCleaner(stream, client);
    }
}
