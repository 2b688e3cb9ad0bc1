package dev.reuseagent.transport;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * TLS client handshakes on the JDK's own {@code SSLEngine} ({@code sun.security.ssl.SSLEngineImpl}), whoever drives
 * it: Netty's {@code SslHandler} with the JDK provider, Jetty, the async Apache clients. Verified against the class
 * files and sources of OpenJDK 17.0.15 and Temurin 25:
 * <ul>
 * <li>{@code beginHandshake()}: an explicit start (Netty, Jetty);</li>
 * <li>{@code wrap(ByteBuffer[], int, int, ByteBuffer[], int, int)} and the same {@code unwrap}: every other public
 *     wrap and unwrap ends up in these two; the first one kick-starts a handshake nobody began, and the one that
 *     completes it returns {@code HandshakeStatus.FINISHED} (the public contract, delivered later by a wrap when a
 *     delegated task finished it). After the handshake they return {@code NOT_HANDSHAKING}: the hot path costs one
 *     {@code nanoTime} and one getter.</li>
 * </ul>
 * A native engine (OpenSSL through netty-tcnative) is not this class: its handshakes are not seen.
 */
public final class EngineInstrumentation {

    static final String SSL_ENGINE = "sun.security.ssl.SSLEngineImpl";

    private EngineInstrumentation() {
    }

    static List<Hook> hooks() {
        return List.of(
                new Hook(SSL_ENGINE, named("beginHandshake").and(takesArguments(0)), EngineBeginAdvice.class),
                new Hook(SSL_ENGINE, named("wrap").or(named("unwrap")).and(takesArguments(6)),
                        EngineWrapAdvice.class));
    }
}
