package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.okhttp.OkHttpHooks;
import dev.reuseagent.weave.Advice;

/** 5.x {@code ConnectPlan#connectTlsEtc()}: the winning TCP connect goes on to TLS, on the calling thread. */
public final class TlsStart5Advice {

    private TlsStart5Advice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("rawSocket") Object rawSocket) {
        OkHttpHooks.tlsStarting(rawSocket);
    }
}
