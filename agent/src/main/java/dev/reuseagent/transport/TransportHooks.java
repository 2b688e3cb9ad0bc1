package dev.reuseagent.transport;

import javax.net.ssl.SSLEngineResult;

/**
 * The boundary the transport advice calls (socket connects, TLS handshakes on SSLSocket). The advice is woven
 * into java.base, so every hook is static and takes JDK types only. A hook never handles errors itself: the
 * weaver guards each advice call and counts whatever it throws. Until the agent has started (or when it is
 * disabled) {@code tracker} is null and every hook returns at once.
 */
public final class TransportHooks {

    private static volatile TransportTracker tracker;

    private TransportHooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(TransportTracker transportTracker) {
        tracker = transportTracker;
    }

    // ---- TCP connect: java.net.Socket, sun.nio.ch.SocketChannelImpl ----

    public static long connectEnter() {
        if (tracker != null) {
            TransportThreadState.current().connectDepth++;
        }
        return System.nanoTime();
    }

    public static void connectExit(Object socket, Object target, long startNanos, Throwable thrown) {
        TransportTracker t = tracker;
        if (t != null) {
            t.connectExited(socket, target, startNanos, false, thrown);
        }
    }

    /** SocketChannelImpl#connect: {@code connected} false when a non-blocking connect is pending. */
    public static void channelConnectExit(Object channel, Object target, long startNanos, boolean connected,
            Throwable thrown) {
        TransportTracker t = tracker;
        if (t != null) {
            t.connectExited(channel, target, startNanos, !connected, thrown);
        }
    }

    public static void channelFinishConnectExit(Object channel, boolean connected, Throwable thrown) {
        TransportTracker t = tracker;
        if (t != null) {
            t.connectFinished(channel, connected, thrown != null, System.nanoTime());
        }
    }

    // ---- TLS: sun.security.ssl.SSLSocketImpl#startHandshake(boolean) ----

    public static long tlsEnter() {
        if (tracker != null) {
            TransportThreadState.current().tlsStartMillis = System.currentTimeMillis();
        }
        return System.nanoTime();
    }

    public static void tlsExit(Object socket, long startNanos, Throwable thrown) {
        TransportTracker t = tracker;
        if (t != null && thrown == null) {
            t.socketHandshakeDone(socket, System.nanoTime() - startNanos);
        }
    }

    // ---- TLS: sun.security.ssl.SSLEngineImpl#beginHandshake(), #wrap / #unwrap (six arguments) ----

    public static void engineBegun(Object engine, long startNanos, Throwable thrown) {
        TransportTracker t = tracker;
        if (t != null && thrown == null) {
            t.engines().handshaking(engine, startNanos);
        }
    }

    /** Hot path: after the handshake the status is NOT_HANDSHAKING and nothing else happens. */
    public static void engineResult(Object engine, long startNanos, Object result) {
        TransportTracker t = tracker;
        if (t == null || !(result instanceof SSLEngineResult)) {
            return;
        }
        SSLEngineResult.HandshakeStatus status = ((SSLEngineResult) result).getHandshakeStatus();
        if (status == SSLEngineResult.HandshakeStatus.FINISHED) {
            t.engines().finished(engine);
        } else if (status != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING) {
            t.engines().handshaking(engine, startNanos);
        }
    }
}
