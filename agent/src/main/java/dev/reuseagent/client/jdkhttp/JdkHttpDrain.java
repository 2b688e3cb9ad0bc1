package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.config.DrainBound;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.WeakIdentityMap;

import java.io.InputStream;
import java.util.Queue;

/**
 * Repair {@code drain} ({@code enforce=jdkhttp}): an HTTP/1.1 response body stream closed before its end.
 *
 * <p>What the JDK does without it (17 and 25): {@code HttpResponseInputStream#close()} cancels its subscription,
 * and for HTTP/1.1 that cancel ({@code Http1AsyncReceiver$Http1AsyncDelegateSubscription#cancel}) closes the
 * connection: the next request opens a new one. With the repair, {@code close()} first reads the rest of the body
 * ({@link BodyDrain}), bounded by {@code enforceDrain} (time and bytes). When the end comes within the bound, the JDK
 * returns the connection to its pool itself ({@code Http1Response#onFinished}, before the stream sees the end) and
 * the close then has nothing to cancel. Beyond the bound the close goes on exactly as without the repair.
 *
 * <p>Only HTTP/1.1 bodies are drained: the streams {@code Http1Response#readBody} feeds are remembered with their
 * connection. Closing an HTTP/2 stream early resets that stream only, and its connection stays pooled. Not drained:
 * streams closed on the client's selector thread (it delivers the data the drain would wait for), and bodies of
 * other handlers (a stream inside {@code ofLines()}, say).
 */
final class JdkHttpDrain {

    static final String REPAIR = "drain";
    static final String FIX = "read every response body to the end before closing it (or use "
            + "BodyHandlers.discarding()), so its connection returns to the pool";
    private static final String SELECTOR_THREAD = JdkHttpInstrumentation.PACKAGE + "HttpClientImpl$SelectorManager";

    private final Enforcement enforcement;
    /** Told which connections a drain kept, so their next reuse says so (their true history). */
    private final ConnectionTracker tracker;
    private final JdkHttpInternals internals;
    /** HTTP/1.1 body streams, each with its connection. */
    private final WeakIdentityMap<Object> streams = new WeakIdentityMap<>();
    /** Connections a drain returned to their pool, until one is reused. */
    private final WeakIdentityMap<Boolean> drained = new WeakIdentityMap<>();
    private volatile boolean disabled;

    JdkHttpDrain(Enforcement enforcement, JdkHttpInternals internals, ConnectionTracker tracker) {
        this.tracker = tracker;
        this.enforcement = enforcement;
        this.internals = internals;
    }

    /** {@code Http1Response#readBody}: an HTTP/1.1 body is about to flow into {@code subscriber}. */
    void bodyStarting(Object subscriber, boolean returnToPool, Object connection) {
        if (disabled || !returnToPool || connection == null || subscriber == null
                || !subscriber.getClass().getName().startsWith(JdkHttpInstrumentation.PACKAGE)) {
            return; // a WebSocket, or an application's own subscriber: never an input stream of the JDK's
        }
        Object stream;
        try {
            if (subscriber.getClass().getName().equals(JdkHttpInternals.INPUT_STREAM)) {
                stream = subscriber; // JDK 17 passes it as the application gave it
            } else {
                internals.open(subscriber.getClass());
                stream = internals.applicationSubscriber(subscriber);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            disabled = true;
            enforcement.notApplied(REPAIR, "cannot find the body stream behind the JDK's subscriber (" + e
                    + "): bodies are no longer drained");
            return;
        }
        if (stream != null && stream.getClass().getName().equals(JdkHttpInternals.INPUT_STREAM)) {
            streams.put(stream, connection);
        }
    }

    /**
     * Whether the whole body has arrived: {@code onComplete} clears the subscription and queues the end marker. A
     * null subscription alone does not say so: {@code onSubscribe} marks the stream subscribed before it stores the
     * subscription, so a close in between sees both. If the marker cannot be read, the body counts as not ended
     * (draining an ended body only reads what is already in memory).
     */
    private boolean ended(Object stream, Queue<?> buffers) {
        Object marker;
        try {
            marker = internals.lastList(stream.getClass());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
        for (Object list : buffers) {
            if (list == marker) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code HttpResponseInputStream#close()} is about to cancel the rest of the body. Its fields as the close
     * starts: {@code closed}, {@code failed}, {@code buffers}, {@code subscription} (null once the body ended or
     * failed; null too in the moment between {@code onSubscribe} and its storing the subscription, see
     * {@link #ended}).
     */
    void closing(Object stream, boolean closed, Object failed, Object buffers, Object subscription) {
        if (closed || failed != null || !(stream instanceof InputStream) || !(buffers instanceof Queue)
                || streams.get(stream) == null) {
            return; // closed already, failed, not HTTP/1.1 or not tracked
        }
        Object connection = streams.remove(stream);
        if (connection == null || (subscription == null && ended(stream, (Queue<?>) buffers))) {
            return; // the body has ended: the close cancels nothing and the connection is pooled already
        }
        if (Thread.currentThread().getClass().getName().equals(SELECTOR_THREAD)) {
            return;
        }
        DrainBound bound = enforcement.drain();
        long bytes = BodyDrain.drain((InputStream) stream, (Queue<?>) buffers, bound.maxNanos(), bound.maxBytes());
        if (bytes < 0) {
            enforcement.notApplied(REPAIR, "a body closed unread did not end within enforceDrain=" + bound
                    + ": its connection closed as without enforcement");
            return;
        }
        drained.put(connection, Boolean.TRUE);
        tracker.keptAlive(connection, REPAIR);
        enforcement.applied(REPAIR, "read the rest of a body closed unread, so its connection went back to the pool",
                FIX);
    }

    /** The pool handed out {@code connection}: if a drain returned it, that is a connection saved. */
    void taken(Object connection) {
        if (drained.get(connection) != null && drained.remove(connection) != null) {
            enforcement.avoided(REPAIR);
        }
    }
}
