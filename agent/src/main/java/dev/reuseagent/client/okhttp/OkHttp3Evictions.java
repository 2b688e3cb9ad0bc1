package dev.reuseagent.client.okhttp;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * OkHttp 3.x evictions: its pool's {@code cleanup} and {@code evictAll} remove idle connections from the pool's
 * {@code Deque} and close them with no call the hooks could see per connection (4.12 and 5.x retire each one
 * through {@code setNoNewExchanges}). So the pool's connections are copied when such a run starts, and those missing
 * when it ends were evicted. Runs on the pool's cleanup thread (once per release of a connection, on 3.x) or in
 * {@code evictAll}, never on the calling thread of a request.
 */
final class OkHttp3Evictions {

    /** OkHttp's own value of {@code idleAtNanos} for a connection in use: no idle time known. */
    static final long NOT_IDLE = Long.MAX_VALUE;

    private final OkHttpCloses closes;
    /** 3.x {@code RealConnection#idleAtNanos}, per copy of OkHttp; null when it cannot be read. */
    private final ClassValue<Field> idleAtNanos = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> connectionClass) {
            try {
                Field field = connectionClass.getDeclaredField("idleAtNanos");
                field.setAccessible(true);
                return field;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    };

    OkHttp3Evictions(OkHttpCloses closes) {
        this.closes = closes;
    }

    /**
     * The pool's connections now, under the pool's own lock (the one its cleanup and {@code put} hold): the caller,
     * about to run {@code cleanup} or {@code evictAll}, holds no lock.
     */
    Object before(Object pool, Collection<?> connections) {
        synchronized (pool) {
            return new ArrayList<Object>(connections);
        }
    }

    /** The run ended: each connection that was in the pool before and is gone now was evicted and is closed. */
    void after(OkHttpThreadState s, Object pool, Object before, Collection<?> connections, boolean byCleanup) {
        List<?> gone = (List<?>) before;
        synchronized (pool) {
            gone.removeAll(connections);
        }
        for (Object connection : gone) {
            // One released by connectionBecameIdle meanwhile is already closed; closing it again changes nothing.
            closes.evicted(s, connection, byCleanup ? idleAt(connection) : NOT_IDLE, byCleanup);
        }
    }

    private long idleAt(Object connection) {
        Field field = idleAtNanos.get(connection.getClass());
        try {
            return field == null ? NOT_IDLE : field.getLong(connection);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NOT_IDLE;
        }
    }
}
