package dev.reuseagent.track;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * A concurrent map from objects, compared by identity and held weakly, to values. The agent keys its state by
 * the client library's own connection objects without keeping them alive. {@link #get} allocates nothing, so
 * it can sit on the reused-request path. Striped locks keep contention low.
 */
public final class WeakIdentityMap<V> {

    private static final int STRIPES = 16;

    private final Stripe<V>[] stripes;

    @SuppressWarnings("unchecked")
    public WeakIdentityMap() {
        stripes = new Stripe[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe<>();
        }
    }

    public V get(Object key) {
        int hash = System.identityHashCode(key);
        return stripes[hash & (STRIPES - 1)].get(key, hash);
    }

    public void put(Object key, V value) {
        int hash = System.identityHashCode(key);
        stripes[hash & (STRIPES - 1)].put(key, hash, value);
    }

    public V remove(Object key) {
        int hash = System.identityHashCode(key);
        return stripes[hash & (STRIPES - 1)].remove(key, hash);
    }

    public int size() {
        int size = 0;
        for (Stripe<V> s : stripes) {
            size += s.size();
        }
        return size;
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
        private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
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

        synchronized void put(Object key, int hash, V value) {
            expunge();
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
            expunge();
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

        synchronized int size() {
            expunge();
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

        private void expunge() {
            for (Object ref; (ref = queue.poll()) != null; ) {
                @SuppressWarnings("unchecked")
                Entry<V> dead = (Entry<V>) ref;
                int i = index(dead.hash, table.length);
                Entry<V> prev = null;
                for (Entry<V> e = table[i]; e != null; prev = e, e = e.next) {
                    if (e == dead) {
                        unlink(i, prev, e);
                        break;
                    }
                }
            }
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
