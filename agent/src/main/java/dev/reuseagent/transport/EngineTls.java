package dev.reuseagent.transport;

import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.WeakIdentityMap;

import java.lang.ref.WeakReference;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;

/**
 * TLS client handshakes on the JDK's {@code SSLEngine}, whoever drives it: each one counted once, full or resumed,
 * with its duration, on the TCP connect that carries it when the engine can be paired with one, else on the
 * endpoint of the engine's peer if that endpoint has been counted. Pairing, in this order: a client bound the engine
 * to its channel ({@link #onChannel}: Netty's {@code SslHandler}); or the handshake began on the thread whose last
 * connect went to the engine's peer host and port (Jetty and the async Apache clients build the engine right after
 * their selector thread completed the connect). Engines a client reports itself ({@link #reportedByClient}:
 * java.net.http's) and server engines are left alone.
 */
public final class EngineTls {

    private final TransportTracker tracker;
    /** By the JDK engine: its handshake, once it started or a client named its channel. */
    private final WeakIdentityMap<Handshake> handshakes = new WeakIdentityMap<>();
    /** Connects a client reported ({@link TransportTracker#connectedBy}) or claimed, by their socket or channel. */
    private final WeakIdentityMap<TransportConnect> channels = new WeakIdentityMap<>();

    EngineTls(TransportTracker tracker) {
        this.tracker = tracker;
    }

    /** A client counts this engine's handshake itself (java.net.http): it is not counted here again. */
    public void reportedByClient(Object engine) {
        Handshake h = new Handshake(null);
        h.skip = true;
        handshakes.put(engine, h);
    }

    /**
     * A client runs {@code engine} (the JDK's, not a wrapper) over {@code channel}: a socket or channel whose connect
     * a client reported ({@link TransportTracker#connectedBy}) or claimed, before or after this call, or one the socket
     * hooks counted and no client has claimed yet when the handshake ends (for a client that builds its engine on
     * another thread than the connect's).
     */
    public void onChannel(Object engine, Object channel) {
        synchronized (this) {
            if (handshakes.get(engine) == null) {
                handshakes.put(engine, new Handshake(channel));
            }
        }
    }

    void channelConnected(Object channel, TransportConnect connect) {
        channels.put(channel, connect);
    }

    /** A handshake is under way on {@code engine}: the first call of its handshake starts the clock. */
    void handshaking(Object engine, long startNanos) {
        Handshake h = handshakes.get(engine);
        if (h != null && (h.startNanos != 0 || h.skip)) {
            return;
        }
        if (!(engine instanceof SSLEngine)) {
            return;
        }
        SSLEngine ssl = (SSLEngine) engine;
        synchronized (this) {
            h = handshakes.get(engine);
            if (h == null) {
                h = new Handshake(null);
                handshakes.put(engine, h);
            }
            if (h.startNanos != 0 || h.skip) {
                return;
            }
            if (!ssl.getUseClientMode()) {
                h.skip = true;
                return;
            }
            // No public "resumed" flag: a session created before this handshake began was resumed. The millisecond
            // clock is read once per handshake; one millisecond earlier, so a full handshake never looks resumed.
            h.startMillis = System.currentTimeMillis() - (System.nanoTime() - startNanos) / 1_000_000L - 1;
            h.startNanos = startNanos;
            if (h.channel == null) {
                h.connect = lastConnectTo(ssl.getPeerHost(), ssl.getPeerPort());
            }
        }
    }

    /** The handshake on {@code engine} finished: counted once (later post-handshake messages also say FINISHED). */
    void finished(Object engine) {
        Handshake h = handshakes.get(engine);
        if (h == null || !(engine instanceof SSLEngine)) {
            return;
        }
        synchronized (h) {
            if (h.done || h.skip || h.startNanos == 0) {
                return;
            }
            h.done = true;
        }
        long nanos = System.nanoTime() - h.startNanos;
        SSLEngine ssl = (SSLEngine) engine;
        SSLSession session = ssl.getSession();
        boolean resumed = session != null && session.getCreationTime() < h.startMillis;
        TransportConnect connect = h.connect;
        Object channel = h.channel == null ? null : h.channel.get();
        if (connect == null && channel != null) {
            TransportConnect reported = channels.get(channel);
            connect = reported != null ? reported : tracker.unclaimedOf(channel);
        }
        if (connect != null) {
            tracker.handshakeOf(connect, resumed, nanos);
            return;
        }
        EndpointStats endpoint = tracker.knownEndpoint(ssl.getPeerHost(), ssl.getPeerPort());
        if (endpoint != null) {
            endpoint.recordTls(resumed);
        }
    }

    /** This thread's last connect, when it went to {@code host:port} and carries no handshake yet. */
    private static TransportConnect lastConnectTo(String host, int port) {
        TransportConnect last = TransportThreadState.current().lastConnect;
        if (last == null || last.tlsDone || host == null || port != last.port) {
            return null;
        }
        boolean same = last.endpoint.label().equalsIgnoreCase(host + ":" + port)
                || (last.address != null && host.equals(last.address.getHostAddress()));
        return same ? last : null;
    }

    private static final class Handshake {
        /** Weak: the channel holds the engine (the key), so a strong reference here would keep both forever. */
        final WeakReference<Object> channel;
        TransportConnect connect;
        long startNanos;
        long startMillis;
        boolean done;
        boolean skip;

        Handshake(Object channel) {
            this.channel = channel == null ? null : new WeakReference<>(channel);
        }
    }
}
