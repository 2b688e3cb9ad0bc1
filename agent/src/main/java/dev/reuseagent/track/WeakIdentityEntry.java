package dev.reuseagent.track;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * One key of a {@link WeakIdentityMap}, in a chain of its {@link WeakIdentityStripe}'s table: a weak reference to
 * the key, enqueued when the key is collected, with the key's hash, its value and the next entry of the chain.
 * {@code next} is final, so a chain is an immutable, acyclic list; only the value changes in place.
 *
 * <p><b>Why a reader never sees a half-built entry.</b> An entry's fields, including the non-final referent
 * that {@link WeakReference} keeps and the value, are written in its constructor before the entry is published,
 * and it is published only inside a new table, by a volatile write. A reader reaches entries only through a
 * volatile read of the table, which synchronizes with the write that published what it returns, and from there through
 * final {@code next} fields, each leading to an entry built before the one holding it (by the same writer, or by
 * one that held the stripe's monitor earlier). By transitivity every constructor write of every entry a reader
 * can reach happens-before its reads. For the same reason (the value is volatile) a reader that gets a value
 * sees that value as fully as the thread that put it did, as it did when {@code get} locked.
 */
final class WeakIdentityEntry<V> extends WeakReference<Object> {
    final int hash;
    final WeakIdentityEntry<V> next;
    volatile V value;

    WeakIdentityEntry(Object key, int hash, V value, WeakIdentityEntry<V> next, ReferenceQueue<Object> queue) {
        super(key, queue);
        this.hash = hash;
        this.value = value;
        this.next = next;
    }
}
