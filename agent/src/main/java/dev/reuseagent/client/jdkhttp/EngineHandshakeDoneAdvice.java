package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code sun.security.ssl.TransportContext#finishHandshake()}: a handshake ended, with this session. */
public final class EngineHandshakeDoneAdvice {

    private EngineHandshakeDoneAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("transport") Object transport,
            @Advice.FieldValue("conSession") Object session) {
        JdkHttpHooks.engineHandshakeDone(transport, session);
    }
}
