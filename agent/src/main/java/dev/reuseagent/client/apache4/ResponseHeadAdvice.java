package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code CPoolProxy#receiveResponseHeader()}: a response head read on the proxy's pool entry. */
public final class ResponseHeadAdvice {

    private ResponseHeadAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("poolEntry") Object entry, @Advice.Thrown Throwable thrown) {
        Apache4Hooks.responseHead(entry, thrown);
    }
}
