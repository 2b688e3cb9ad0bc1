package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.jdkhttp.JdkHttpHooks;
import dev.reuseagent.weave.Advice;

/** {@code sun.security.ssl.TransportContext#kickstart()}: called on every wrap and unwrap until the handshake is done;
 * only the first call of a handshake (no handshake context yet) is passed on. */
public final class EngineHandshakeStartAdvice {

    private EngineHandshakeStartAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("transport") Object transport,
            @Advice.FieldValue("isNegotiated") boolean negotiated,
            @Advice.FieldValue("handshakeContext") Object handshake) {
        if (!negotiated && handshake == null) {
            JdkHttpHooks.engineHandshakeStarting(transport);
        }
    }
}
