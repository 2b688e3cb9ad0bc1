package dev.reuseagent.transport;

import dev.reuseagent.weave.Target;

import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * TLS client handshakes on SSLSocket. The private startHandshake(boolean) is where both the public
 * startHandshake() and the automatic handshake on first read or write end up (JDK 17 and 25).
 */
public final class TlsInstrumentation {

    private TlsInstrumentation() {
    }

    public static List<Target> targets() {
        return List.of(new Target("sun.security.ssl.SSLSocketImpl",
                named("startHandshake").and(takesArguments(1)), HandshakeAdvice.class));
    }
}
