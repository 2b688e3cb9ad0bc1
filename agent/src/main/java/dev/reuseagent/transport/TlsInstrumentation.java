package dev.reuseagent.transport;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * TLS client handshakes on SSLSocket. The private startHandshake(boolean) is where both the public
 * startHandshake() and the automatic handshake on first read or write end up (JDK 17 and 25).
 */
public final class TlsInstrumentation {

    static final String SSL_SOCKET = "sun.security.ssl.SSLSocketImpl";

    private TlsInstrumentation() {
    }

    static List<Hook> hooks() {
        return List.of(new Hook(SSL_SOCKET,
                named("startHandshake").and(takesArguments(1)), HandshakeAdvice.class));
    }
}
