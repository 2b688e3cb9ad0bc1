package dev.reuseagent.transport;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EndpointStats;

import java.lang.ref.WeakReference;
import java.net.InetAddress;

/** One successful TCP connect, as the transport hooks saw it. */
public final class TransportConnect {

    final EndpointStats endpoint;
    final InetAddress address;
    final int port;
    final long connectNanos;
    final String site;
    private final WeakReference<Object> socket;

    /**
     * The client that reported this connect itself and was counted for it at once ({@link
     * TransportTracker#connectedBy}: Netty), or null; a client above it that claims the connect takes it over.
     */
    String reportedBy;

    /*
     * The client's connection once attributed, and the TLS handshake once ended: written by whichever thread gets
     * there (the connecting thread, or an I/O thread driving an SSLEngine) and read by the other. Both flags are
     * volatile and each side writes its own before reading the other's, so at least one side hands the handshake
     * to the connection (ConnectionRecord#attachTls takes it once).
     */
    volatile ConnectionRecord connection;
    /** Set by {@link #endTls}, after the two fields below. */
    volatile boolean tlsDone;
    boolean tlsResumed;
    long tlsNanos;
    /** A client claimed it (or it was reported by one): never announced as unknown. */
    volatile boolean claimed;

    TransportConnect(EndpointStats endpoint, Object socket, InetAddress address, int port, long connectNanos,
            String site) {
        this.endpoint = endpoint;
        this.socket = new WeakReference<>(socket);
        this.address = address;
        this.port = port;
        this.connectNanos = connectNanos;
        this.site = site;
    }

    /** Records the handshake over this connect; false when one was recorded already (it counts once). */
    synchronized boolean endTls(boolean resumed, long nanos) {
        if (tlsDone) {
            return false;
        }
        tlsResumed = resumed;
        tlsNanos = nanos;
        tlsDone = true;
        return true;
    }

    public long connectNanos() {
        return connectNanos;
    }

    public String site() {
        return site;
    }

    Object socket() {
        return socket.get();
    }

    boolean isSocket(Object candidate) {
        return socket.get() == candidate;
    }
}
