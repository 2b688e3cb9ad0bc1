package dev.reuseagent.track;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
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
 * <p><b>Why copy-on-write chains rather than optimistic reads.</b> A {@code StampedLock} optimistic read would
 * keep the mutable chains, but a reader must then validate after every walk, retry or fall back to a read lock
 * (a CAS on a word every reader of the stripe shares) whenever any write to the stripe overlapped it, and bound
 * its walk because an in-place relink can make a chain look cyclic. Here a chain never changes once readers
 * can reach it: {@code next} is final, so a chain is an immutable, acyclic list and a walk always ends. Nor does
 * a table change once published: a writer changes a bucket in a copy of the stripe's table and publishes the copy
 * with a volatile write, leaving the old one intact for readers still on it; an entry's value, replaced in place,
 * is volatile. Removing an entry copies the entries in front of it in its chain; a resize copies all but the tail
 * of each chain that lands in one new bucket. Chains are short (at most 3/4 of an entry per bucket on average),
 * tables small and writes rare (a connection opening or closing), so these copies are few and small. Whatever a
 * reader walks was, at some moment during its call, the map's contents for its key, so it returns the old or
 * the new value, never another key's and never an entry that was not there.
 *
 * <p><b>Why whole-table copies rather than a release store per bucket.</b> A VarHandle (or an atomic array, built
 * on one) would publish a bucket alone, but its first use in a JVM costs milliseconds of method-handle set-up,
 * and this map is created when the agent starts, in every JVM.
 *
 * <p><b>Why a reader never sees a half-built entry.</b> An entry's fields, including the non-final referent
 * that {@link WeakReference} keeps and the value, are written in its constructor before the entry is published,
 * and it is published only inside a new table, by a volatile write. A reader reaches entries only through a
 * volatile read of the table, which synchronizes with the write that published what it returns, and from there through
 * final {@code next} fields, each leading to an entry built before the one holding it (by the same writer, or by
 * one that held the stripe's monitor earlier). By transitivity every constructor write of every entry a reader
 * can reach happens-before its reads. For the same reason (the value is volatile) a reader that gets a value
 * sees that value as fully as the thread that put it did, as it did when {@code get} locked.
 *
 * <p><b>Why copies keep the listener exact.</b> A copy is a new weak reference to the same key, so after a key
 * dies both the copy and a stale original that was still reachable may be enqueued. Only the entry currently in
 * the table counts: a dequeued entry not found there was copied, removed or already handed over, and is
 * ignored. An entry whose key is already cleared is never copied (there is no key to copy); the writer that
 * drops it hands its value to the listener, and its later dequeueing finds nothing. Each value thus reaches the
 * listener once.
 */
public final class WeakIdentityMap<V> {

    private static final int STRIPES = 16;

    /** Stands for a null key, which a weak reference cannot tell from a collected one. */
    private static final Object NULL_KEY = new Object();

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
        Stripe<V> s = stripe(hash);
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
        Stripe<V> s = stripe(hash);
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
        for (Stripe<V> s : stripes) {
            synchronized (s) {
                size += s.size;
            }
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
            Stripe<V> s = stripe(dead.hash);
            V value;
            List<V> dropped;
            synchronized (s) {
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

    private static final class Entry<V> extends WeakReference<Object> {
        final int hash;
        final Entry<V> next;
        volatile V value;

        Entry(Object key, int hash, V value, Entry<V> next, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    /**
     * One stripe's table. {@link #get} reads without locking; every other method must be called holding the
     * stripe's monitor, so writers of a stripe are serialized and see its latest table and chains. A published
     * table is never written again: writers change a copy and publish it.
     */
    private static final class Stripe<V> {
        @SuppressWarnings("unchecked")
        private volatile Entry<V>[] table = new Entry[16];
        private int size;
        /** Values of collected keys whose entries a writer dropped while copying; handed over after unlocking. */
        private List<V> dropped;

        V get(Object key, int hash) {
            Entry<V>[] tab = table;
            for (Entry<V> e = tab[index(hash, tab.length)]; e != null; e = e.next) {
                if (e.hash == hash && e.refersTo(key)) {
                    return e.value;
                }
            }
            return null;
        }

        void put(Object key, int hash, V value, ReferenceQueue<Object> queue) {
            Entry<V>[] tab = table;
            int i = index(hash, tab.length);
            Entry<V> head = tab[i];
            for (Entry<V> e = head; e != null; e = e.next) {
                if (e.hash == hash && e.refersTo(key)) {
                    e.value = value;
                    return;
                }
            }
            Entry<V>[] copy = tab.clone();
            copy[i] = new Entry<>(key, hash, value, head, queue);
            if (++size > tab.length * 3 / 4) {
                resize(copy, queue);
            } else {
                table = copy;
            }
        }

        V remove(Object key, int hash, ReferenceQueue<Object> queue) {
            Entry<V>[] tab = table;
            int i = index(hash, tab.length);
            for (Entry<V> e = tab[i]; e != null; e = e.next) {
                if (e.hash == hash && e.refersTo(key)) {
                    return unlink(tab, i, e, queue);
                }
            }
            return null;
        }

        /** Removes an entry whose key was collected; its value, or null if it is no longer in the table. */
        V unlinkDead(Entry<V> dead, ReferenceQueue<Object> queue) {
            Entry<V>[] tab = table;
            int i = index(dead.hash, tab.length);
            for (Entry<V> e = tab[i]; e != null; e = e.next) {
                if (e == dead) {
                    return unlink(tab, i, e, queue);
                }
            }
            return null;
        }

        List<V> takeDropped() {
            List<V> values = dropped;
            dropped = null;
            return values;
        }

        /**
         * Replaces bucket {@code i}'s chain by one without {@code target}: copies of the entries in front of it
         * (reversed, order does not matter) linked to the unchanged rest. Readers still on the old chain are
         * unaffected; the removed entry's value is cleared only after the new chain is published.
         */
        private V unlink(Entry<V>[] tab, int i, Entry<V> target, ReferenceQueue<Object> queue) {
            Entry<V> chain = target.next;
            for (Entry<V> e = tab[i]; e != target; e = e.next) {
                chain = copy(e, chain, queue);
            }
            Entry<V>[] copy = tab.clone();
            copy[i] = chain;
            table = copy;
            V value = target.value;
            target.value = null;
            size--;
            return value;
        }

        /**
         * A copy of {@code e} in front of {@code next}, or {@code next} itself if e's key was collected: e is then
         * dropped here, and its value handed to the listener by the caller, since e's turn in the reference queue
         * will no longer find it in the table.
         */
        private Entry<V> copy(Entry<V> e, Entry<V> next, ReferenceQueue<Object> queue) {
            Object key = e.get();
            if (key == null) {
                V value = e.value;
                if (value != null) {
                    if (dropped == null) {
                        dropped = new ArrayList<>();
                    }
                    dropped.add(value);
                }
                e.value = null;
                size--;
                return next;
            }
            return new Entry<>(key, e.hash, e.value, next, queue);
        }

        /**
         * Builds a table twice the size of {@code old} and publishes it; the published one stays as it was for
         * readers still on it. In each old chain, the tail whose entries all land in one new bucket is shared, not copied
         * (table sizes are powers of two, so an old bucket feeds only two new ones, which nothing else feeds).
         */
        @SuppressWarnings("unchecked")
        private void resize(Entry<V>[] old, ReferenceQueue<Object> queue) {
            Entry<V>[] tab = new Entry[old.length * 2];
            for (int j = 0; j < old.length; j++) {
                Entry<V> head = old[j];
                if (head == null) {
                    continue;
                }
                Entry<V> tail = head;
                int tailIndex = index(head.hash, tab.length);
                for (Entry<V> e = head.next; e != null; e = e.next) {
                    int k = index(e.hash, tab.length);
                    if (k != tailIndex) {
                        tail = e;
                        tailIndex = k;
                    }
                }
                tab[tailIndex] = tail;
                for (Entry<V> e = head; e != tail; e = e.next) {
                    int k = index(e.hash, tab.length);
                    tab[k] = copy(e, tab[k], queue);
                }
            }
            table = tab;
        }

        private static int index(int hash, int length) {
            return (hash ^ (hash >>> 16)) & (length - 1);
        }
    }
}
