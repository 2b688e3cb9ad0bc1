package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.transport.TransportThreadState;

/**
 * What the java.net.http hooks remember on one thread between two hooked calls. The pooled candidate, the plain
 * connection and its channel are held only from inside one {@code HttpConnection#getConnection} call to its end.
 */
final class JdkHttpThreadState {

    private static final ThreadLocal<JdkHttpThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected JdkHttpThreadState initialValue() {
            return new JdkHttpThreadState(TransportThreadState.current());
        }
    };

    static JdkHttpThreadState current() {
        return CURRENT.get();
    }

    /** The same thread's transport state: its last TCP connect, its id. */
    final TransportThreadState thread;

    /** What the HTTP/1.1 pool handed out during the getConnection in progress, or null. */
    Object pooled;
    /** The plain connection (and its channel) constructed during the getConnection in progress, or null. */
    Object plain;
    Object channel;
    /** The SSLEngine of the TLS connection constructed during the getConnection in progress, or null. */
    Object engine;

    /** The connection this thread's last synchronous request used: its record, or its pending opening. */
    ConnectionRecord lastRecord;
    JdkHttpTracking.PendingOpen lastPending;

    /** Enforcing: the shared-client handle a request is being sent on, from the send to the request's copy. */
    SharedClients.Handle sendingOn;

    JdkHttpThreadState(TransportThreadState thread) {
        this.thread = thread;
    }
}
