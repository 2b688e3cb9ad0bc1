package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache.Reflection;
import dev.reuseagent.util.Relocations;

/**
 * The connection object ({@code OperatedClientConnection}, in practice {@code DefaultClientConnection}) behind what
 * a legacy connection manager hands out or takes back, read reflectively (the agent never links the library):
 * <ul>
 *   <li>{@code ManagedClientConnectionImpl} (PoolingClientConnectionManager, BasicClientConnectionManager): field
 *       {@code poolEntry}, an {@code HttpPoolEntry}, whose {@code o.a.http.pool.PoolEntry} holds {@code conn};</li>
 *   <li>{@code AbstractClientConnAdapter} (SingleClientConnManager's ConnAdapter, ThreadSafeClientConnManager's
 *       BasicPooledConnAdapter): field {@code wrappedConnection} (null once released);</li>
 *   <li>{@code AbstractPoolEntry} (ThreadSafeClientConnManager's BasicPoolEntry): field {@code connection}.</li>
 * </ul>
 * The fields are looked up once per class ({@link Reflection}); once per lease and release of a legacy client.
 */
final class LegacyConnections {

    static final String MANAGED_IMPL = "org.apache.http.impl.conn.ManagedClientConnectionImpl";
    static final String ADAPTER = "org.apache.http.impl.conn.AbstractClientConnAdapter";
    static final String POOL_ENTRY = "org.apache.http.impl.conn.AbstractPoolEntry";
    static final String CORE_POOL_ENTRY = "org.apache.http.pool.PoolEntry";

    private LegacyConnections() {
    }

    /** The connection behind {@code handle}, or null when it has none (released) or is of an unknown kind. */
    static Object of(Object handle) throws ReflectiveOperationException {
        if (handle == null) {
            return null;
        }
        Class<?> type = handle.getClass();
        if (Relocations.is(type.getName(), MANAGED_IMPL)) { // also in a relocated copy
            Object entry = Reflection.get(handle, type, "poolEntry");
            Class<?> core = entry == null ? null : Reflection.superclassNamed(entry.getClass(), CORE_POOL_ENTRY);
            return core == null ? null : Reflection.get(entry, core, "conn");
        }
        Class<?> adapter = Reflection.superclassNamed(type, ADAPTER);
        if (adapter != null) {
            return Reflection.get(handle, adapter, "wrappedConnection");
        }
        Class<?> entry = Reflection.superclassNamed(type, POOL_ENTRY);
        return entry == null ? null : Reflection.get(handle, entry, "connection");
    }
}
