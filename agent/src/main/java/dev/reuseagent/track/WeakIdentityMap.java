package dev.reuseagent.track;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.function.Consumer;

/**
 * A concurrent map from objects, compared by identity and held weakly, to values. The agent keys its state by
 * the client library's own connection objects without keeping them alive. {@link #get} allocates nothing, so
 * it can sit on the reused-request path. Striped locks keep contention low. Entries whose key was
 * garbage-collected are removed on the next put or remove, and their values handed to an optional listener
 * (outside any lock).
 */
public final class WeakIdentityMap<V> {

    private static final int STRIPES = 16;

    private final Stripe<V>[] stripes;
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Consumer<V> onCollected;

    public WeakIdentityMap() {
        this(null);
    }

    /** @param onCollected receives each value whose key was collected while still in the map; may be null */
    @SuppressWarnings("unchecked")
    public WeakIdentityMap(Consumer<V> onCollected) {
        this.onCollected = onCollected;
        stripes = new Stripe[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe<>();
        }
    }

    public V get(Object key) {
        int hash = System.identityHashCode(key);
        return stripe(hash).get(key, hash);
    }

    public void put(Object key, V value) {
        expunge();
        int hash = System.identityHashCode(key);
        stripe(hash).put(key, hash, value, queue);
    }

    public V remove(Object key) {
        expunge();
        int hash = System.identityHashCode(key);
        return stripe(hash).remove(key, hash);
    }

    public int size() {
        expunge();
        int size = 0;
        for (Stripe<V> s : stripes) {
            size += s.size();
        }
        return size;
    }

    private Stripe<V> stripe(int hash) {
        return stripes[hash & (STRIPES - 1)];
    }

    private void expunge() {
        for (Object ref; (ref = queue.poll()) != null; ) {
            @SuppressWarnings("unchecked")
            Entry<V> dead = (Entry<V>) ref;
            V value = stripe(dead.hash).unlinkDead(dead);
            if (value != null && onCollected != null) {
                onCollected.accept(value);
            }
        }
    }

    private static final class Entry<V> extends WeakReference<Object> {
        final int hash;
        V value;
        Entry<V> next;

        Entry(Object key, int hash, V value, Entry<V> next, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    private static final class Stripe<V> {
        @SuppressWarnings("unchecked")
        private Entry<V>[] table = new Entry[16];
        private int size;

        synchronized V get(Object key, int hash) {
            for (Entry<V> e = table[index(hash, table.length)]; e != null; e = e.next) {
                if (e.hash == hash && e.get() == key) {
                    return e.value;
                }
            }
            return null;
        }

        synchronized void put(Object key, int hash, V value, ReferenceQueue<Object> queue) {
            int i = index(hash, table.length);
            for (Entry<V> e = table[i]; e != null; e = e.next) {
                if (e.hash == hash && e.get() == key) {
                    e.value = value;
                    return;
                }
            }
            table[i] = new Entry<>(key, hash, value, table[i], queue);
            if (++size > table.length * 3 / 4) {
                resize();
            }
        }

        synchronized V remove(Object key, int hash) {
            int i = index(hash, table.length);
            Entry<V> prev = null;
            for (Entry<V> e = table[i]; e != null; prev = e, e = e.next) {
                if (e.hash == hash && e.get() == key) {
                    V value = e.value;
                    unlink(i, prev, e);
                    return value;
                }
            }
            return null;
        }

        /** Removes an entry whose key was collected; its value, or null if it was removed already. */
        synchronized V unlinkDead(Entry<V> dead) {
            int i = index(dead.hash, table.length);
            Entry<V> prev = null;
            for (Entry<V> e = table[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    V value = e.value;
                    unlink(i, prev, e);
                    return value;
                }
            }
            return null;
        }

        synchronized int size() {
            return size;
        }

        private void unlink(int i, Entry<V> prev, Entry<V> e) {
            if (prev == null) {
                table[i] = e.next;
            } else {
                prev.next = e.next;
            }
            e.value = null;
            size--;
        }

        @SuppressWarnings("unchecked")
        private void resize() {
            Entry<V>[] old = table;
            table = new Entry[old.length * 2];
            for (Entry<V> head : old) {
                for (Entry<V> e = head; e != null; ) {
                    Entry<V> next = e.next;
                    int i = index(e.hash, table.length);
                    e.next = table[i];
                    table[i] = e;
                    e = next;
                }
            }
        }

        private static int index(int hash, int length) {
            return (hash ^ (hash >>> 16)) & (length - 1);
        }
    }
}
