package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.Reflection;
import dev.reuseagent.config.DrainBound;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;
import dev.reuseagent.util.Relocations;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code drain} repair for Apache HttpClient 4.5 (verified against httpclient 4.5.14 / httpcore 4.4.16).
 * {@code HttpResponseProxy#close()} calls {@code ConnectionHolder#close()}, which is
 * {@code releaseConnection(false)}: the connection is closed and discarded, however little of the body was left.
 * (Closing the entity's content stream instead drains it: {@code ResponseEntityProxy#streamClosed} closes the
 * {@code ContentLengthInputStream} / {@code ChunkedInputStream}, which read to the end, then releases the
 * connection as reusable.)
 *
 * <p>So when a response is closed while its holder is neither released nor marked non-reusable, the rest of the
 * body is read from the raw stream under the entity ({@code ResponseEntityProxy}'s wrapped entity, found through
 * any wrapping {@code HttpEntityWrapper} such as content decompression), within {@code enforceDrain}'s bytes and
 * time: the connection's socket timeout is lowered to the time left before each read (a server that stalls
 * mid-body ends the drain at the bound) and restored before the connection is released. At the end of the body the
 * entity's own stream is closed, which releases the connection to the pool the library's own way; the close that
 * follows finds it released. A body known to be longer than the bound is not read at all; a drain that reaches its
 * bound or fails leaves the close to do what it does without the agent.
 */
final class Apache4Drain {

    static final String DRAIN = "drain";
    static final String RESPONSE_ENTITY_PROXY = "org.apache.http.impl.execchain.ResponseEntityProxy";
    static final String ENTITY_WRAPPER = "org.apache.http.entity.HttpEntityWrapper";
    static final String CONTENT_LENGTH_STREAM = "org.apache.http.impl.io.ContentLengthInputStream";
    private static final String FIX = "read the body to the end (EntityUtils.consume(response.getEntity())) before "
            + "closing the response";
    private static final int BUFFER = 8192;

    private final Enforcement enforcement;
    /** Told which connections a drain kept, so their next reuse says so (their true history). */
    private final ConnectionTracker tracker;
    private final DrainBound bound;
    /** Pool entries whose connection a drain kept: their next lease is a connection saved. */
    private final WeakIdentityMap<Boolean> drained = new WeakIdentityMap<>();

    Apache4Drain(Enforcement enforcement, ConnectionTracker tracker) {
        this.tracker = tracker;
        this.enforcement = enforcement;
        this.bound = enforcement.drain();
    }

    /** HttpResponseProxy#close() starts: {@code response} is its original response, {@code holder} its holder. */
    void responseClosing(Object response, Object holder) {
        if (holder == null || response == null) {
            return; // no body, or it was released when the response arrived
        }
        try {
            Class<?> holderType = holder.getClass();
            Object released = Reflection.get(holder, holderType, "released");
            if (!(released instanceof AtomicBoolean) || ((AtomicBoolean) released).get()
                    || !Reflection.field(holderType, "reusable").getBoolean(holder)) {
                return; // released already, or the connection is not to be kept anyway
            }
            Object proxy = entityProxy(Reflection.call(response, "getEntity"), holder);
            if (proxy == null) {
                enforcement.notApplied(DRAIN, "a response whose entity the application replaced is closed as it is");
                return;
            }
            Object raw = Reflection.get(proxy, Reflection.superclassNamed(proxy.getClass(), ENTITY_WRAPPER),
                    "wrappedEntity");
            Object content = raw == null ? null : Reflection.call(raw, "getContent");
            if (!(content instanceof InputStream)) {
                return;
            }
            long left = knownRemainder(content);
            if (left > bound.maxBytes()) {
                enforcement.notApplied(DRAIN, "a body with more than enforceDrain's " + bound
                        + " left unread is closed as without the agent");
                return;
            }
            Object connection = Reflection.get(holder, holderType, "managedConn");
            Object entry = Reflection.get(connection, "poolEntry"); // CPoolProxy's, before the release detaches it
            long read = drain((InputStream) content, connection);
            if (read < 0) {
                enforcement.notApplied(DRAIN, "a body beyond enforceDrain's " + bound
                        + " (or a stalled or failed read) is closed as without the agent");
                return;
            }
            if (entry != null) {
                drained.put(entry, Boolean.TRUE);
                tracker.keptAlive(entry, DRAIN);
            }
            // the entity's own stream, at the end of the body: closing it releases the connection as reusable
            ((InputStream) Reflection.call(proxy, "getContent")).close();
            enforcement.applied(DRAIN, "the unread rest of a response body is read (within " + bound
                    + ") so its connection goes back to the pool", FIX);
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            enforcement.notApplied(DRAIN, "cannot drain a response body (" + e + ")");
        }
    }

    /** The pool handed out the idle connection of {@code entry}: if a drain kept it, a connection saved. */
    void reused(Object entry) {
        if (drained.get(entry) != null && drained.remove(entry) != null) {
            enforcement.avoided(DRAIN);
        }
    }

    /** The {@code ResponseEntityProxy} of {@code holder} inside {@code entity}'s wrappers, or null. */
    static Object entityProxy(Object entity, Object holder) throws ReflectiveOperationException {
        Object e = entity;
        for (int i = 0; i < 8 && e != null; i++) {
            if (Relocations.is(e.getClass().getName(), RESPONSE_ENTITY_PROXY)) {
                return Reflection.get(e, "connHolder") == holder ? e : null;
            }
            Class<?> wrapper = Reflection.superclassNamed(e.getClass(), ENTITY_WRAPPER);
            e = wrapper == null ? null : Reflection.get(e, wrapper, "wrappedEntity");
        }
        return null;
    }

    /** What a Content-Length body has left to read, or -1 when the stream does not say (chunked). */
    static long knownRemainder(Object stream) throws ReflectiveOperationException {
        if (!Relocations.is(stream.getClass().getName(), CONTENT_LENGTH_STREAM)) {
            return -1;
        }
        return (Long) Reflection.get(stream, "contentLength") - (Long) Reflection.get(stream, "pos");
    }

    /**
     * Reads {@code in} to its end within the bound, with the connection's socket timeout at the time left before
     * each read. Returns the bytes read, or -1 if the bound was reached or a read failed.
     *
     * <p>At the end of the body the socket timeout is restored. When the drain gives up, the connection is closed
     * right after (the response's close goes on): the timeout is then left at 1 ms (0 stays 0), because closing a
     * TLS socket whose last record arrived only in part reads the rest with the socket timeout
     * ({@code SSLSocketImpl#close} depletes its input when the timeout is not 0), which after a server stalled
     * mid-body would hold the close for as long as the application's timeout.
     */
    long drain(InputStream in, Object connection) throws ReflectiveOperationException {
        Method getTimeout = Reflection.method(connection.getClass(), "getSocketTimeout");
        Method setTimeout = Reflection.method(connection.getClass(), "setSocketTimeout", int.class);
        int previous = (Integer) getTimeout.invoke(connection);
        long deadline = System.nanoTime() + bound.maxNanos();
        long budget = bound.maxBytes();
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        boolean drained = false;
        try {
            while (true) {
                long leftMs = (deadline - System.nanoTime() + 999_999) / 1_000_000;
                if (leftMs <= 0) {
                    return -1;
                }
                setTimeout.invoke(connection, (int) Math.min(Integer.MAX_VALUE, leftMs));
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, budget + 1));
                if (n < 0) {
                    drained = true;
                    return total;
                }
                total += n;
                budget -= n;
                if (budget < 0) {
                    return -1;
                }
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return -1; // a timeout at the bound, or a broken connection: the close discards it as before
        } finally {
            try {
                if (previous >= 0) {
                    setTimeout.invoke(connection, drained || previous == 0 ? previous : 1);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the connection broke while draining; the close that follows discards it
            }
        }
    }
}
