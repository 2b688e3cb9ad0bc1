package dev.reuseagent.transport;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.EndpointRegistry;
import dev.reuseagent.track.EndpointStats;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.util.SafeText;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * Transport truth: every outbound TCP connect of the JVM per endpoint, and every TLS client handshake. Needs no
 * knowledge of any HTTP client; clients claim the connects they caused through {@link TransportThreadState#lastConnect}.
 */
public final class TransportTracker {

    private final EndpointRegistry endpoints;
    private final SiteFinder sites;
    private final WeakIdentityMap<PendingConnect> pending = new WeakIdentityMap<>();
    /** Connects no client has claimed yet, by socket or channel: for clients that connect on another thread. */
    private final WeakIdentityMap<TransportConnect> unclaimed = new WeakIdentityMap<>();
    private final EngineTls engines = new EngineTls(this);
    private final UnknownConnects unknowns = new UnknownConnects();

    public TransportTracker(int maxEndpoints, SiteFinder sites) {
        this.endpoints = new EndpointRegistry(maxEndpoints);
        this.sites = sites;
    }

    /**
     * The outermost connect call on this thread returned (nested ones, such as SSLSocketImpl's super.connect, are
     * counted once). {@code pending}: a non-blocking connect that finishConnect will complete.
     */
    void connectExited(Object socket, Object target, long startNanos, boolean pending, Throwable thrown) {
        TransportThreadState state = TransportThreadState.current();
        if (--state.connectDepth == 0 && state.connectsReportedByClient == 0 && target instanceof InetSocketAddress
                && !neverAttempted(thrown)) {
            InetSocketAddress address = (InetSocketAddress) target;
            if (pending && thrown == null) {
                connectPending(socket, address, startNanos);
            } else {
                connected(socket, address, System.nanoTime() - startNanos, thrown == null);
            }
        }
        if (state.connectDepth < 0) {
            state.connectDepth = 0; // the agent started while a connect was in progress
        }
    }

    /**
     * A connect on a channel that was already closed throws before it reaches the network: no attempt to count.
     * java.net.http retries a refused connect once on the same, by then closed, channel (and then once more on a
     * new one), so counting this throw doubled its failed connects. Its subclasses (a close or an interrupt
     * during the connect) did reach the network.
     */
    private static boolean neverAttempted(Throwable thrown) {
        return thrown != null && thrown.getClass() == java.nio.channels.ClosedChannelException.class;
    }

    /** A client-side SSLSocket handshake ended successfully after {@code nanos}. */
    void socketHandshakeDone(Object socket, long nanos) {
        if (!(socket instanceof SSLSocket) || !((SSLSocket) socket).getUseClientMode()) {
            return;
        }
        SSLSocket ssl = (SSLSocket) socket;
        SSLSession session = ssl.getSession();
        // No public "resumed" flag: a session created before this handshake began was resumed.
        boolean resumed = session.getCreationTime() < TransportThreadState.current().tlsStartMillis;
        handshake(socket, ssl.getInetAddress(), ssl.getPort(), resumed, nanos);
    }

    /** A blocking connect (or a non-blocking one completed by finishConnect) ended. */
    public void connected(Object socket, InetSocketAddress target, long nanos, boolean success) {
        if (target == null) {
            return;
        }
        EndpointStats endpoint = endpointOf(target);
        if (!success) {
            endpoint.recordFailure();
            return;
        }
        String site = sites.find();
        endpoint.recordConnect(nanos, site);
        TransportConnect connect = new TransportConnect(endpoint, socket, target.getAddress(), target.getPort(),
                nanos, site);
        TransportThreadState.current().lastConnect = connect;
        unclaimed.put(socket, connect);
        long now = System.nanoTime();
        unknowns.announceDue(now, false);
        unknowns.connected(connect, now);
    }

    /**
     * A TCP connect the socket hooks did not count, reported by the client that made it: Netty's native transports
     * never touch java.net, and its NIO connect completes on an event loop, where the application's line is gone.
     * {@code site} is the line the client remembered on the application's thread. Counted, and attributed to
     * {@code client}, at once; the connect is returned (null when it failed) for the TLS handshake that may follow.
     */
    public TransportConnect connectedBy(String client, Object channel, InetSocketAddress target, long nanos,
            boolean success, String site) {
        EndpointStats endpoint = endpointOf(target);
        if (!success) {
            endpoint.recordFailure();
            return null;
        }
        endpoint.recordConnect(nanos, site);
        endpoint.recordAttributed(site, client);
        TransportConnect connect = new TransportConnect(endpoint, channel, target.getAddress(), target.getPort(),
                nanos, site);
        connect.reportedBy = client;
        unclaimed.put(channel, connect); // an HTTP client above may claim it (Reactor Netty's pool), by channel
        engines.channelConnected(channel, connect);
        return connect;
    }

    /**
     * The connect made on {@code socket} (a {@code Socket} or {@code SocketChannel}), on whatever thread, if no
     * client has claimed it yet; null otherwise. For clients whose connect runs on another thread than the one
     * that learns about the new connection (a selector thread, OkHttp 5's fast-fallback racers).
     */
    public TransportConnect claim(Object socket) {
        TransportConnect connect = socket == null ? null : unclaimed.remove(socket);
        if (connect != null) {
            connect.claimed = true;
            // A client may name its SSLEngine's channel before or after this claim, on another thread
            // (EngineTls#onChannel): the handshake finds its connect by the channel either way.
            engines.channelConnected(socket, connect);
        }
        return connect;
    }

    /** This thread's last connect, if no client has claimed it yet; null otherwise. */
    public TransportConnect claimLast() {
        TransportConnect last = TransportThreadState.current().lastConnect;
        return last == null ? null : claim(last.socket());
    }

    /** The connect on {@code socket} if no client has claimed it yet, left unclaimed; null otherwise. */
    TransportConnect unclaimedOf(Object socket) {
        return unclaimed.get(socket);
    }

    /** Whether a connect on {@code socket} succeeded and no client has claimed it yet. */
    public boolean claimable(Object socket) {
        return socket != null && unclaimed.get(socket) != null;
    }

    /** The application line on this thread's stack, for events other than a connect (e.g. a lease wait). */
    public String site() {
        return sites.find();
    }

    /** A non-blocking connect was started and will complete in finishConnect. */
    public void connectPending(Object channel, InetSocketAddress target, long startNanos) {
        if (target != null) {
            pending.put(channel, new PendingConnect(target, startNanos));
        }
    }

    /** finishConnect ended; completes the pending connect of this channel, if any. */
    public void connectFinished(Object channel, boolean connected, boolean failed, long nowNanos) {
        if (!connected && !failed) {
            return; // still in progress
        }
        PendingConnect p = pending.remove(channel);
        if (p != null) {
            connected(channel, p.target, nowNanos - p.startNanos, connected);
        }
    }

    /** A client claims the connect it caused: the endpoint counts it as attributed. */
    public void attribute(TransportConnect connect, ConnectionRecord connection) {
        Object socket = connect.socket();
        if (socket != null) {
            unclaimed.remove(socket);
        }
        connect.claimed = true;
        connect.connection = connection;
        if (connect.reportedBy != null) {
            // reported (and counted) by the layer below: the connect now belongs to the client above it
            connect.endpoint.recordReattributed(connect.reportedBy, connection == null ? null : connection.client());
        } else {
            connect.endpoint.recordAttributed(connect.site, connection == null ? null : connection.client());
        }
        if (connect.tlsDone && connection != null && connection.tls() == null) {
            // The handshake ran before the client claimed the connect (layered sockets).
            connection.attachTls(connect.tlsResumed, connect.tlsNanos);
        }
    }

    /**
     * A client made this connect, whose connection then failed before its first exchange (its TLS handshake
     * failed): attributed to that client, with no connection.
     */
    public void attributeFailed(TransportConnect connect, String client) {
        Object socket = connect.socket();
        if (socket != null) {
            unclaimed.remove(socket);
        }
        connect.claimed = true;
        if (connect.reportedBy != null) {
            connect.endpoint.recordReattributed(connect.reportedBy, client);
            return;
        }
        connect.endpoint.recordAttributed(connect.site, client);
    }

    /**
     * A client claimed this connect and then closed it unused (OkHttp: a fast-fallback race lost, or an HTTP/2
     * connection coalesced into one already pooled): counted apart, neither attributed nor unknown.
     */
    public void discarded(TransportConnect connect) {
        connect.endpoint.recordDiscarded(connect.site);
    }

    /**
     * A TLS client handshake ended on {@code socket}. It belongs to this thread's last connect when that is the
     * same socket, or the same remote address and port (a layered SSL socket over the connected one).
     */
    public void handshake(Object socket, InetAddress remote, int port, boolean resumed, long nanos) {
        TransportConnect last = TransportThreadState.current().lastConnect;
        if (last == null || last.tlsDone) {
            return;
        }
        boolean same = last.isSocket(socket)
                || (port == last.port && remote != null && remote.equals(last.address));
        if (!same) {
            return;
        }
        handshakeOf(last, resumed, nanos);
    }

    /**
     * A TLS handshake over {@code connect} ended on another thread than the connect (an SSLEngine client, such as
     * java.net.http, the SSLEngine hooks). Handed on to the connection now if it is attributed, else by
     * {@link #attribute}.
     */
    public void handshakeOf(TransportConnect connect, boolean resumed, long nanos) {
        if (!connect.endTls(resumed, nanos)) {
            return;
        }
        connect.endpoint.recordTls(resumed);
        ConnectionRecord connection = connect.connection;
        if (connection != null && connection.tls() == null) {
            connection.attachTls(resumed, nanos); // already attributed: an SSLEngine handshake after the claim
        }
    }

    /** TLS handshakes on the JDK's SSLEngine, and how clients pair their engines with their connects. */
    public EngineTls engines() {
        return engines;
    }

    /**
     * The connects no client claims, announced as {@code via unknown} lines ({@link UnknownConnects}): call
     * {@code announceDue(System.nanoTime(), atExit)} with each summary.
     */
    public UnknownConnects unknowns() {
        return unknowns;
    }

    /** The endpoint {@code host:port} if a connect to it has been counted; null otherwise. */
    EndpointStats knownEndpoint(String host, int port) {
        return host == null || port <= 0 ? null : endpoints.find(SafeText.text(host) + ":" + port);
    }

    private EndpointStats endpointOf(InetSocketAddress target) {
        return endpoints.get(SafeText.text(target.getHostString()) + ":" + target.getPort());
    }

    /** Every endpoint, plus the shared 'other' entry. */
    public List<EndpointStats> endpoints() {
        return endpoints.all();
    }

    private static final class PendingConnect {
        final InetSocketAddress target;
        final long startNanos;

        PendingConnect(InetSocketAddress target, long startNanos) {
            this.target = target;
            this.startNanos = startNanos;
        }
    }
}
