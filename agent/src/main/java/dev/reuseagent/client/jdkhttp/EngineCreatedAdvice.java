package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code AbstractAsyncSSLConnection}'s constructor: the SSLEngine a new TLS connection will handshake with. */
public final class EngineCreatedAdvice {

    private EngineCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.FieldValue("engine") Object engine) {
        JdkHttpHooks.engineCreated(engine);
    }
}
