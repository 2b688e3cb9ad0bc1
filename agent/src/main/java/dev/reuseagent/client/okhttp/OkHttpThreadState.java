package dev.reuseagent.client.okhttp;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.transport.TransportConnect;
import dev.reuseagent.transport.TransportThreadState;

/**
 * What the OkHttp hooks remember on one thread between two hooked calls of the same request. Holds agent objects
 * and identity hashes only, except the connection whose {@code Connection: close} is being looked into, held from
 * inside {@code CallServerInterceptor#intercept} to its end.
 */
final class OkHttpThreadState {

    private static final ThreadLocal<OkHttpThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected OkHttpThreadState initialValue() {
            return new OkHttpThreadState(TransportThreadState.current());
        }
    };

    static OkHttpThreadState current() {
        return CURRENT.get();
    }

    /** The same thread's transport state: its last TCP connect, its id. */
    final TransportThreadState thread;

    /** The pool had nothing to give to the call being served here: when, and for which call (identity hash). */
    boolean missValid;
    int missCall;
    long missNanos;

    /** The TCP connect of the connection being established on this thread, claimed from the transport layer. */
    TransportConnect connect;

    /** The exchange in flight on this thread: its connection's record and its codec (identity hash). */
    ConnectionRecord exchangeRecord;
    int exchangeCodec;

    /** The connection this thread used last, to notice when it moves on while that one's body is pending. */
    ConnectionRecord lastRecord;
    /** HTTP/2: busy on other threads' streams is normal, never an abandoned body. */
    boolean lastMultiplexed;

    /** The application line that enqueued the call now running on this dispatcher thread, or null. */
    String asyncSite;

    /** The pool's cleanup run in progress on this thread: its clock and its keep-alive. */
    long cleanupNow;
    long cleanupKeepAliveNs;
    /** The connection whose calls the pool is pruning right now (leak detection), or null. */
    Object pruning;

    /** The connection a Connection: close header just retired, until its interceptor tells whose header it was. */
    Object closedByHeader;

    OkHttpThreadState(TransportThreadState thread) {
        this.thread = thread;
    }
}
