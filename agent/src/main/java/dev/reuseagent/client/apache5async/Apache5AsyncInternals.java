package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.apache.Reflection;

import java.util.concurrent.atomic.AtomicReference;

/**
 * What the async hooks read from the library's objects, reflectively (the agent never links the library). Only on
 * the rare paths: a new connection, a close. A lookup that fails gives null, and the caller reports less.
 */
final class Apache5AsyncInternals {

    private Apache5AsyncInternals() {
    }

    /** The pool entry of a {@code PoolingAsyncClientConnectionManager$InternalConnectionEndpoint}, or null. */
    static Object poolEntry(Object endpoint) {
        try {
            Object ref = Reflection.get(endpoint, "poolEntryRef");
            return ref instanceof AtomicReference ? ((AtomicReference<?>) ref).get() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The route of a {@code PoolEntry}, or null. */
    static Object route(Object entry) {
        try {
            return Reflection.call(entry, "getRoute");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The public method {@code name} (no arguments) of {@code target}, called; null if that fails. */
    static Object call(Object target, String name) {
        try {
            return Reflection.call(target, name);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The connection a {@code PoolEntry} holds, or null. */
    static Object connection(Object entry) {
        try {
            return Reflection.call(entry, "getConnection");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether a {@code PoolEntry}'s expiry deadline (keep-alive, time-to-live) has passed; false if unknown. */
    static boolean expired(Object entry) {
        try {
            Object deadline = entry == null ? null : Reflection.call(entry, "getExpiryDeadline");
            return deadline != null && Boolean.TRUE.equals(Reflection.call(deadline, "isExpired"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** {@code ManagedAsyncClientConnection#isOpen()}: its I/O session and protocol handler are open. */
    static boolean isOpen(Object connection) {
        try {
            return Boolean.TRUE.equals(Reflection.call(connection, "isOpen"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    /**
     * The SocketChannel under a {@code DefaultManagedAsyncClientConnection}: its {@code ioSession}'s
     * {@code channel()} (under TLS too: the TLS session hands out the channel it wraps); null if unreadable.
     */
    static Object channel(Object connection) {
        try {
            Object session = Reflection.get(connection, "ioSession");
            return session == null ? null : call(session, "channel");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
