package dev.reuseagent.track;

/**
 * Per-thread scratch state of the hooks: nesting depths (so a connect inside a client call counts once, in the
 * right layer) and the last TCP connect made on this thread (so the client that asked for it can claim it).
 * Holds no application objects beyond the duration of one hooked call.
 */
public final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    public static ThreadState current() {
        return CURRENT.get();
    }

    @SuppressWarnings("deprecation") // Thread#threadId() only exists from Java 19 on
    public final long threadId = Thread.currentThread().getId();

    /** Depth of nested socket/channel connect calls on this thread. */
    public int connectDepth;
    /** The most recent successful TCP connect of this thread. */
    public TransportConnect lastConnect;
    /** java.net.http hooks' own scratch state (instrument/jdkhttp), created on first use. */
    public Object jdkhttp;
    /** OkHttp hooks' own scratch state (instrument/okhttp), created on first use. */
    public Object okhttp;

    /** Depth of nested HttpURLConnection exchange calls (the JDK retries by recursion). */
    public int urlConnectionDepth;
    /** When the keep-alive cache had no connection to give: the start of opening a new one. */
    public long urlConnectionMissNanos;
    /** The keep-alive cache's last miss on this thread: when, for which URL object, with which pool key. */
    public long cacheMissNanos;
    public int cacheMissUrl;
    public int cacheMissKey;
    public boolean cacheMissValid;
    /** Depth of JDK calls that parse a response head which is not an exchange (proxy CONNECT, 100-continue). */
    public int notAnExchangeDepth;
    /** Identity of the SSLSocketFactory the HttpsClient being opened uses, 0 if none seen. */
    public int sslFactoryIdentity;
    /** The connection this thread used last, to notice when it moves on while that one's body is pending. */
    public ConnectionRecord lastRecord;
    /** The HttpURLConnection client being returned to the keep-alive cache right now, cleared after. */
    public Object returningClient;
    /** Apache HttpClient 4.5/5.x hooks' own scratch state (instrument/apache), created on first use. */
    public Object apache;
    /** Wall-clock start of the TLS handshake in progress, to tell a resumed session from a new one. */
    public long tlsStartMillis;
}
