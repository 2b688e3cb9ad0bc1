package dev.reuseagent.transport;

/**
 * Per-thread scratch state of the transport hooks: the nesting depth of connect calls (so a connect inside a
 * connect counts once) and the last TCP connect made on this thread (so the client that asked for it can claim
 * it). Each client slice keeps its own per-thread state beside this one and holds a reference to it.
 */
public final class TransportThreadState {

    private static final ThreadLocal<TransportThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected TransportThreadState initialValue() {
            return new TransportThreadState();
        }
    };

    public static TransportThreadState current() {
        return CURRENT.get();
    }

    @SuppressWarnings("deprecation") // Thread#threadId() only exists from Java 19 on
    public final long threadId = Thread.currentThread().getId();

    /** Depth of nested socket/channel connect calls on this thread. */
    public int connectDepth;
    /**
     * Depth of client calls that report the connects they make themselves (Netty's pipeline connect, whose NIO
     * transport calls SocketChannel#connect inside it): a socket connect inside one is not counted again here.
     */
    public int connectsReportedByClient;
    /** The most recent successful TCP connect of this thread. */
    public TransportConnect lastConnect;
    /** Wall-clock start of the TLS handshake in progress, to tell a resumed session from a new one. */
    public long tlsStartMillis;

    private TransportThreadState() {
    }
}
