package dev.reuseagent.client.apache;

import dev.reuseagent.model.Origin;
import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.transport.TransportThreadState;

import java.lang.ref.WeakReference;

/**
 * Per-thread scratch state of the Apache HttpClient hooks; 4.5 and 5.x each keep their own
 * ({@link #perThread()}). Library objects (route, pool) are held only while the lease call that set them runs.
 */
public final class ApacheThreadState {

    /** The same thread's transport state: its last TCP connect, its id. */
    public final TransportThreadState thread;

    /** The connection this thread used last, to notice when it moves on while that one's body is pending. */
    public ConnectionRecord lastRecord;
    /** The route of the lease in progress (5.x: in acquireEndpoint; 4.5: in getPoolEntryBlocking), else null. */
    public Object leaseRoute;
    /** The pool (5.x: the connection manager; 4.5: its CPool) of the lease in progress, else null. */
    public Object leasePool;
    /** When the lease in progress queued at the pool's limit; 0 when it did not. Kept until the next lease. */
    public long queuedNanos;
    /** 5.x: when the pool created a new entry for the lease in progress (the miss itself); 0 if it did not. */
    public long missNanos;
    /** The reuse strategy refused to keep the connection because of the application: its request said
     * Connection: close, or it switched reuse off. */
    public boolean reuseRefusedByApplication;

    // 5.x: a lease ended without a connected endpoint; the operator connects the new connection next.
    public Origin newOrigin;
    public String newPoolId;
    public long newMissNanos;
    /** 5.x: depth of the connection operator's connect overloads, which delegate to each other. */
    public int connectDepth;

    /** Depth of proxy CONNECT handling, whose request/response is not an exchange of the application. */
    public int notAnExchangeDepth;
    /** 4.5: depth of HttpRequestExecutor#execute, and the connection whose final response head it read. */
    public int exchangeDepth;
    public ConnectionRecord exchangeRecord;
    /**
     * The connection HttpRequestExecutor#execute closed as its exchange failed, held only until execute's exit
     * hands over the exception that tells why ({@link ApacheTracking#exchangeThrew}); else null.
     */
    public Object failingConnection;
    /** 4.5: an exchange ran since this thread's last lease (a close in MainClientExec is then an auth retry). */
    public boolean exchangedSinceLease;

    /** Enforcing: the client whose execute runs on this thread (held only while it runs), else null. */
    public Object currentClient;
    /** Enforcing: depth of the template builds that create shared managers (their build is left alone). */
    public int templateDepth;
    /** Enforcing: the last lease object (ConnectionHolder, InternalExecRuntime) made on this thread. */
    public WeakReference<Object> lastLease;

    public ApacheThreadState(TransportThreadState thread) {
        this.thread = thread;
    }

    /** A per-thread state of its own for one client version. */
    public static ThreadLocal<ApacheThreadState> perThread() {
        return new ThreadLocal<>() {
            @Override
            protected ApacheThreadState initialValue() {
                return new ApacheThreadState(TransportThreadState.current());
            }
        };
    }
}
