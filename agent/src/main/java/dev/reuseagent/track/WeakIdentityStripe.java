package dev.reuseagent.track;

import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;

/**
 * One stripe's table of a {@link WeakIdentityMap}. {@link #get} reads without locking; every other method must be
 * called holding the stripe's monitor, so writers of a stripe are serialized and see its latest table and chains.
 * A published table is never written again: writers change a copy and publish it.
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
 * the new value, never another key's and never an entry that was not there. (Why such an entry is never seen
 * half-built is on {@link WeakIdentityEntry}.)
 *
 * <p><b>Why whole-table copies rather than a release store per bucket.</b> A VarHandle (or an atomic array, built
 * on one) would publish a bucket alone, but its first use in a JVM costs milliseconds of method-handle set-up,
 * and this map is created when the agent starts, in every JVM.
 *
 * <p><b>Why copies keep the listener exact.</b> A copy is a new weak reference to the same key, so after a key
 * dies both the copy and a stale original that was still reachable may be enqueued. Only the entry currently in
 * the table counts: a dequeued entry not found there was copied, removed or already handed over, and is
 * ignored ({@link #unlinkDead} returns null for it). An entry whose key is already cleared is never copied (there
 * is no key to copy); the writer that drops it hands its value to the listener (through {@link #takeDropped}),
 * and its later dequeueing finds nothing. Each value thus reaches the listener once.
 */
final class WeakIdentityStripe<V> {
    @SuppressWarnings("unchecked")
    private volatile WeakIdentityEntry<V>[] table = new WeakIdentityEntry[16];
    private int size;
    /** Values of collected keys whose entries a writer dropped while copying; handed over after unlocking. */
    private List<V> dropped;

    V get(Object key, int hash) {
        WeakIdentityEntry<V>[] tab = table;
        for (WeakIdentityEntry<V> e = tab[index(hash, tab.length)]; e != null; e = e.next) {
            if (e.hash == hash && e.refersTo(key)) {
                return e.value;
            }
        }
        return null;
    }

    void put(Object key, int hash, V value, ReferenceQueue<Object> queue) {
        WeakIdentityEntry<V>[] tab = table;
        int i = index(hash, tab.length);
        WeakIdentityEntry<V> head = tab[i];
        for (WeakIdentityEntry<V> e = head; e != null; e = e.next) {
            if (e.hash == hash && e.refersTo(key)) {
                e.value = value;
                return;
            }
        }
        WeakIdentityEntry<V>[] copy = tab.clone();
        copy[i] = new WeakIdentityEntry<>(key, hash, value, head, queue);
        if (++size > tab.length * 3 / 4) {
            resize(copy, queue);
        } else {
            table = copy;
        }
    }

    V remove(Object key, int hash, ReferenceQueue<Object> queue) {
        WeakIdentityEntry<V>[] tab = table;
        int i = index(hash, tab.length);
        for (WeakIdentityEntry<V> e = tab[i]; e != null; e = e.next) {
            if (e.hash == hash && e.refersTo(key)) {
                return unlink(tab, i, e, queue);
            }
        }
        return null;
    }

    /** Removes an entry whose key was collected; its value, or null if it is no longer in the table. */
    V unlinkDead(WeakIdentityEntry<V> dead, ReferenceQueue<Object> queue) {
        WeakIdentityEntry<V>[] tab = table;
        int i = index(dead.hash, tab.length);
        for (WeakIdentityEntry<V> e = tab[i]; e != null; e = e.next) {
            if (e == dead) {
                return unlink(tab, i, e, queue);
            }
        }
        return null;
    }

    /** How many entries the table holds, dead ones not yet expunged included. */
    int size() {
        return size;
    }

    /** The values {@link #copy} dropped since the last call, or null; the caller hands them over after unlocking. */
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
    private V unlink(WeakIdentityEntry<V>[] tab, int i, WeakIdentityEntry<V> target,
            ReferenceQueue<Object> queue) {
        WeakIdentityEntry<V> chain = target.next;
        for (WeakIdentityEntry<V> e = tab[i]; e != target; e = e.next) {
            chain = copy(e, chain, queue);
        }
        WeakIdentityEntry<V>[] copy = tab.clone();
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
    private WeakIdentityEntry<V> copy(WeakIdentityEntry<V> e, WeakIdentityEntry<V> next,
            ReferenceQueue<Object> queue) {
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
        return new WeakIdentityEntry<>(key, e.hash, e.value, next, queue);
    }

    /**
     * Builds a table twice the size of {@code old} and publishes it; the published one stays as it was for
     * readers still on it. In each old chain, the tail whose entries all land in one new bucket is shared, not copied
     * (table sizes are powers of two, so an old bucket feeds only two new ones, which nothing else feeds).
     */
    @SuppressWarnings("unchecked")
    private void resize(WeakIdentityEntry<V>[] old, ReferenceQueue<Object> queue) {
        WeakIdentityEntry<V>[] tab = new WeakIdentityEntry[old.length * 2];
        for (int j = 0; j < old.length; j++) {
            WeakIdentityEntry<V> head = old[j];
            if (head == null) {
                continue;
            }
            WeakIdentityEntry<V> tail = head;
            int tailIndex = index(head.hash, tab.length);
            for (WeakIdentityEntry<V> e = head.next; e != null; e = e.next) {
                int k = index(e.hash, tab.length);
                if (k != tailIndex) {
                    tail = e;
                    tailIndex = k;
                }
            }
            tab[tailIndex] = tail;
            for (WeakIdentityEntry<V> e = head; e != tail; e = e.next) {
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
