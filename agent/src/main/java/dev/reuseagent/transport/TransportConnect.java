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

    // Written by the thread that made the connect.
    ConnectionRecord connection;
    boolean tlsDone;
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
