package dev.reuseagent.client.urlconnection;

import dev.reuseagent.track.ConnectionRecord;
import dev.reuseagent.transport.TransportThreadState;

/**
 * What the HttpURLConnection hooks remember on one thread between two hooked calls of the same request. Holds
 * agent objects and identity hashes only, except the client being returned to the cache, for the duration of
 * that call.
 */
final class UrlConnectionThreadState {

    private static final ThreadLocal<UrlConnectionThreadState> CURRENT = new ThreadLocal<>() {
        @Override
        protected UrlConnectionThreadState initialValue() {
            return new UrlConnectionThreadState(TransportThreadState.current());
        }
    };

    static UrlConnectionThreadState current() {
        return CURRENT.get();
    }

    /** The same thread's transport state: its last TCP connect, its id. */
    final TransportThreadState thread;

    /** Depth of nested HttpURLConnection exchange calls (the JDK retries by recursion). */
    int exchangeDepth;
    /** Depth of JDK calls that parse a response head which is not an exchange (proxy CONNECT, 100-continue). */
    int notAnExchangeDepth;
    /** When the keep-alive cache had no connection to give: the start of opening a new one. */
    long missNanos;
    /** When this thread's current keep-alive cache look-up began. */
    long lookupNanos;
    /** The keep-alive cache's last miss on this thread: when, for which URL object, with which pool key. */
    long cacheMissNanos;
    int cacheMissUrl;
    int cacheMissKey;
    boolean cacheMissValid;
    /** Identity of the SSLSocketFactory the HttpsClient being opened uses, 0 if none seen. */
    int sslFactoryIdentity;
    /** The connection this thread used last, to notice when it moves on while that one's body is pending. */
    ConnectionRecord lastRecord;
    /**
     * The connection parseHTTP closed while failing, and its client object: what parseHTTP throws (or its silent
     * retry) tells whether the server had the request, so its close is held until then.
     */
    ConnectionRecord failing;
    Object failingClient;
    /** Identity of the last response body stream whose read threw on this thread, 0 if none. */
    int failedBody;
    /** The client being returned to the keep-alive cache right now, cleared after. */
    Object returningClient;
    /** The tracker's mark for that return ({@code ConnectionTracker#returning}). */
    long returningMark;
    /** The body drain running on this thread (enforcing only), for the hook on the return to the cache. */
    UrlConnectionDrain drain;

    UrlConnectionThreadState(TransportThreadState thread) {
        this.thread = thread;
    }
}
