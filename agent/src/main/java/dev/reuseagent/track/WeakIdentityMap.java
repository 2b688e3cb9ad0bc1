package dev.reuseagent.track;

import java.lang.ref.ReferenceQueue;
import java.util.List;
import java.util.function.Consumer;

/**
 * A concurrent map from objects, compared by identity and held weakly, to values. The agent keys its state by
 * the client library's own connection objects without keeping them alive. Entries whose key was
 * garbage-collected are removed on the next put, remove or size, and their values handed to an optional
 * listener (outside any lock).
 *
 * <p><b>Why reads take no lock.</b> {@link #get} runs on every reused request, from every thread that sends
 * one, while puts and removes happen only when connections open and close. A monitor on the read path made the
 * readers of one stripe queue behind each other (and bounce the lock word between cores) for no writer at all.
 * So readers never lock, never retry and never allocate; writers still lock their stripe.
 *
 * <p><b>How.</b> A key's identity hash picks one of 16 stripes ({@code WeakIdentityStripe}), each a table of
 * chains of entries ({@code WeakIdentityEntry}, weak references to the keys). Writers lock their stripe and
 * publish copies of its table and chains: a published table or chain never changes, only an entry's volatile
 * value is replaced in place. Those classes say why: copy-on-write chains rather than optimistic reads,
 * whole-table copies rather than a release store per bucket, why a reader never sees a half-built entry, and why
 * each collected value reaches the listener exactly once.
 */
public final class WeakIdentityMap<V> {

    private static final int STRIPES = 16;

    /** Stands for a null key, which a weak reference cannot tell from a collected one. */
    private static final Object NULL_KEY = new Object();

    private final WeakIdentityStripe<V>[] stripes;
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Consumer<V> onCollected;

    public WeakIdentityMap() {
        this(null);
    }

    /** @param onCollected receives each value whose key was collected while still in the map; may be null */
    @SuppressWarnings("unchecked")
    public WeakIdentityMap(Consumer<V> onCollected) {
        this.onCollected = onCollected;
        stripes = new WeakIdentityStripe[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new WeakIdentityStripe<>();
        }
    }

    /** Lock-free and allocation-free. */
    public V get(Object key) {
        Object k = key == null ? NULL_KEY : key;
        int hash = System.identityHashCode(k);
        return stripe(hash).get(k, hash);
    }

    public void put(Object key, V value) {
        expunge();
        Object k = key == null ? NULL_KEY : key;
        int hash = System.identityHashCode(k);
        WeakIdentityStripe<V> s = stripe(hash);
        List<V> dropped;
        synchronized (s) {
            s.put(k, hash, value, queue);
            dropped = s.takeDropped();
        }
        handOver(dropped);
    }

    public V remove(Object key) {
        expunge();
        Object k = key == null ? NULL_KEY : key;
        int hash = System.identityHashCode(k);
        WeakIdentityStripe<V> s = stripe(hash);
        V value;
        List<V> dropped;
        synchronized (s) {
            value = s.remove(k, hash, queue);
            dropped = s.takeDropped();
        }
        handOver(dropped);
        return value;
    }

    public int size() {
        expunge();
        int size = 0;
        for (WeakIdentityStripe<V> s : stripes) {
            synchronized (s) {
                size += s.size();
            }
        }
        return size;
    }

    private WeakIdentityStripe<V> stripe(int hash) {
        return stripes[hash & (STRIPES - 1)];
    }

    private void expunge() {
        for (Object ref; (ref = queue.poll()) != null; ) {
            @SuppressWarnings("unchecked")
            WeakIdentityEntry<V> dead = (WeakIdentityEntry<V>) ref;
            WeakIdentityStripe<V> s = stripe(dead.hash);
            V value;
            List<V> dropped;
            synchronized (s) {
                // null if no longer in the table (copied, removed or dropped): it is not this entry's to hand over
                value = s.unlinkDead(dead, queue);
                dropped = s.takeDropped();
            }
            handOver(value);
            handOver(dropped);
        }
    }

    private void handOver(List<V> values) {
        if (values != null) {
            for (V value : values) {
                handOver(value);
            }
        }
    }

    private void handOver(V value) {
        if (value != null && onCollected != null) {
            onCollected.accept(value);
        }
    }
}
