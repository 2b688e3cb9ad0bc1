package dev.reuseagent.instrument.jdkhttp;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.track.ThreadState;

/**
 * What the java.net.http hooks remember on one thread between two hooked calls. The pooled candidate, the plain
 * connection and its channel are held only from inside one {@code HttpConnection#getConnection} call to its end.
 */
final class JdkHttpThreadState {

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

    static JdkHttpThreadState of(ThreadState thread) {
        Object state = thread.jdkhttp;
        if (state == null) {
            state = new JdkHttpThreadState();
            thread.jdkhttp = state;
        }
        return (JdkHttpThreadState) state;
    }
}
