package dev.reuseagent.client.urlconnection;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.Socket;

/**
 * {@code enforce=urlconnection}: the repairs, applied only where the JDK itself gives a connection up.
 *
 * <ul>
 *   <li>{@code drain}: a response stream closed before its end (also by {@code disconnect()}) is read to the end,
 *       within {@code enforceDrain}, so the stream returns the connection to the keep-alive cache. Only where the
 *       JDK would close it: a fixed-length body whose rest has not all arrived and whose Content-Length is above
 *       {@code http.KeepAlive.remainingData} (smaller ones the JDK drains on its cleaner thread), or a chunked body
 *       the JDK's non-blocking {@code hurry()} cannot finish. Beyond the bound the JDK closes it as it would have.</li>
 *   <li>{@code keep-after-disconnect}: {@code disconnect()} with a response closes the response stream (which may
 *       return the connection) and then closes the newest idle connection to that URL, i.e. that one. Here the
 *       stream is closed first, as {@code disconnect()} would, which detaches the connection from the
 *       HttpURLConnection; {@code disconnect()} then finds none and leaves the cache alone, and its remaining
 *       effect ({@code connected = false}) is applied after it.</li>
 * </ul>
 * A connection a repair returned to the cache is remembered; its next successful exchange counts as avoided.
 */
final class UrlConnectionEnforcer {

    static final String DRAIN = "drain";
    static final String KEEP_AFTER_DISCONNECT = "keep-after-disconnect";
    static final String DRAIN_FIX = "read the body to the end and close it (or the error stream)";
    static final String KEEP_FIX = "read the body to the end and close it instead of calling disconnect()";

    private final Enforcement enforcement;
    private final ConnectionTracker tracker;
    private final DrainBound bound;
    private final Instrumentation instrumentation;
    /** Connections (the JDK's HttpClient objects) a repair put back in the cache, with that repair's name. */
    private final WeakIdentityMap<String> saved = new WeakIdentityMap<>();
    private volatile boolean anySaved;
    private volatile UrlConnectionInternals internals;
    private volatile boolean unavailable;

    UrlConnectionEnforcer(Enforcement enforcement, Instrumentation instrumentation, ConnectionTracker tracker) {
        this.tracker = tracker;
        this.enforcement = enforcement;
        this.bound = enforcement.drain();
        this.instrumentation = instrumentation;
    }

    /** {@code KeepAliveStream#close()} begins: drain a fixed-length body the JDK would give up. */
    void closingFixedLength(UrlConnectionThreadState state, Object stream, Object client, boolean hurried,
            boolean queuedForCleanup) {
        if (client == null || hurried || queuedForCleanup || state.drain != null || !(stream instanceof InputStream)
                || finalizing()) {
            return;
        }
        UrlConnectionInternals jdk = internals();
        if (jdk == null) {
            return;
        }
        try {
            long remaining = jdk.remaining(stream);
            if (remaining <= 0 || !jdk.keepingAlive(client)) {
                return; // read to the end already, or a connection finishing could not keep anyway
            }
            InputStream body = (InputStream) stream;
            // KeepAliveStream#close keeps the connection itself when the rest has arrived, or queues a body of at
            // most http.KeepAlive.remainingData to its cleaner thread; it closes only otherwise.
            if (remaining <= body.available() || jdk.expected(stream) <= jdk.jdkDrainLimit()) {
                return;
            }
            drain(state, jdk, client, body, remaining);
        } catch (IOException e) {
            // available() failed: the connection is broken, the JDK closes it
        } catch (ReflectiveOperationException e) {
            enforcement.notApplied(DRAIN, "HttpURLConnection's internals failed (" + e + "): body left as it was");
        }
    }

    /** {@code ChunkedInputStream#close()} begins: drain a chunked body the JDK's {@code hurry()} cannot finish. */
    void closingChunked(UrlConnectionThreadState state, Object stream, Object client, boolean closed, boolean error,
            Object underlying) {
        if (closed || error || underlying == null || client == null || state.drain != null
                || !(stream instanceof InputStream) || finalizing()) {
            return; // closed, broken, or at its end already (the end sets the underlying stream to null)
        }
        UrlConnectionInternals jdk = internals();
        if (jdk == null) {
            return;
        }
        try {
            if (!jdk.keepingAlive(client) || jdk.hurry(stream)) {
                return; // hurry() is what close() tries first; when it reaches the end the JDK keeps the connection
            }
            drain(state, jdk, client, (InputStream) stream, -1);
        } catch (ReflectiveOperationException e) {
            enforcement.notApplied(DRAIN, "HttpURLConnection's internals failed (" + e + "): body left as it was");
        }
    }

    private void drain(UrlConnectionThreadState state, UrlConnectionInternals jdk, Object client, InputStream body,
            long remaining) throws IllegalAccessException {
        Socket socket = jdk.socket(client);
        if (socket == null) {
            return;
        }
        UrlConnectionDrain drain = new UrlConnectionDrain(client, socket);
        state.drain = drain;
        // Marked before the drain: at the body's end the stream puts the connection back in the cache, and another
        // thread may take it and finish its exchange before run() returns; that reuse must count as avoided.
        boolean marked = save(client, DRAIN);
        int outcome;
        try {
            outcome = drain.run(body, remaining, bound);
        } finally {
            state.drain = null;
        }
        if (outcome == UrlConnectionDrain.DONE && (jdk.inCache(client) || (marked && saved.get(client) == null))) {
            // in the cache, or already taken from it (its mark consumed by a reuse)
            enforcement.applied(DRAIN, "read the unread rest of a response body (" + drain.bytes()
                    + " bytes) on close, so its connection went back to the keep-alive cache", DRAIN_FIX);
            return;
        }
        if (marked) {
            unsave(client);
        }
        if (outcome == UrlConnectionDrain.DONE) {
            return; // the JDK closed it after all
        } else if (outcome == UrlConnectionDrain.TOO_LARGE) {
            enforcement.notApplied(DRAIN, "a body's unread rest was larger than enforceDrain (" + bound
                    + "): its connection was closed as without enforcement");
        } else if (outcome == UrlConnectionDrain.TIMED_OUT) {
            enforcement.notApplied(DRAIN, "the rest of a body did not arrive within enforceDrain (" + bound
                    + "): its connection was closed as without enforcement");
        } else {
            enforcement.notApplied(DRAIN, "reading the rest of a body failed ("
                    + drain.failure().getClass().getName() + "): its connection was closed as without enforcement");
        }
    }

    /**
     * {@code HttpURLConnection#disconnect()} begins. With a response whose connection could go back to the cache,
     * close the response stream now (draining it); disconnect() then has no connection left to close.
     *
     * @return the HttpURLConnection if disconnect() must be completed after it ({@link #disconnected}), else null
     */
    Object disconnecting(Object connection, Object client, Object responseStream) {
        if (client == null || !(responseStream instanceof InputStream)) {
            return null; // no response yet: disconnect() closes the socket, as it must
        }
        UrlConnectionInternals jdk = internals();
        try {
            if (jdk == null || !jdk.keepingAlive(client)) {
                return null; // disconnect() would not touch the keep-alive cache either
            }
        } catch (ReflectiveOperationException e) {
            enforcement.notApplied(KEEP_AFTER_DISCONNECT, "HttpURLConnection's internals failed (" + e
                    + "): disconnect() left as it was");
            return null;
        }
        try {
            ((InputStream) responseStream).close(); // what disconnect() does first; it detaches the connection
        } catch (IOException e) {
            // disconnect() ignores it too
        }
        try {
            if (jdk.inCache(client)) {
                enforcement.applied(KEEP_AFTER_DISCONNECT, "disconnect() after the response left its connection "
                        + "in the keep-alive cache instead of closing it", KEEP_FIX);
                save(client, KEEP_AFTER_DISCONNECT);
            }
        } catch (IllegalAccessException e) {
            // only the count is lost
        }
        return connection;
    }

    /** {@code HttpURLConnection#disconnect()} returned: what it would have done with the connection it had. */
    void disconnected(Object connection) {
        UrlConnectionInternals jdk = internals;
        if (jdk != null && connection != null) {
            try {
                jdk.markDisconnected(connection);
            } catch (IllegalAccessException e) {
                enforcement.notApplied(KEEP_AFTER_DISCONNECT, "could not mark a disconnected HttpURLConnection ("
                        + e + ")");
            }
        }
    }

    /** An exchange ended on {@code client}: if a repair put it back, that was a new connection avoided. */
    void exchangeEnded(Object client, boolean success) {
        if (anySaved && client != null) {
            String repair = saved.remove(client);
            if (repair != null && success) {
                enforcement.avoided(repair);
            }
        }
    }

    /**
     * The first repair that kept a connection is the one it is counted and reported for: after a drain, a kept
     * disconnect() of the same response does not take it over.
     */
    private boolean save(Object client, String repair) {
        anySaved = true;
        if (saved.get(client) == null) {
            saved.put(client, repair);
            tracker.keptAlive(client, repair);
            return true;
        }
        return false;
    }

    /** A mark {@link #save} made for a repair that did not keep the connection after all. */
    private void unsave(Object client) {
        if (saved.remove(client) != null) {
            tracker.keptAlive(client, null);
        }
    }

    /** On JDK 17 MeteredStream#finalize closes abandoned streams: never block the finalizer thread with a drain. */
    private static boolean finalizing() {
        return "Finalizer".equals(Thread.currentThread().getName());
    }

    /** The JDK internals, opened on first use; null (and said once) if this JVM does not allow it. */
    private UrlConnectionInternals internals() {
        UrlConnectionInternals jdk = internals;
        if (jdk != null || unavailable) {
            return jdk;
        }
        synchronized (this) {
            if (internals == null && !unavailable) {
                try {
                    internals = UrlConnectionInternals.open(instrumentation);
                } catch (Throwable t) {
                    unavailable = true;
                    String why = "HttpURLConnection's internals cannot be reached on this JVM (" + t
                            + "): the client runs unrepaired";
                    enforcement.notApplied(DRAIN, why);
                    enforcement.notApplied(KEEP_AFTER_DISCONNECT, why);
                }
            }
            return internals;
        }
    }
}
