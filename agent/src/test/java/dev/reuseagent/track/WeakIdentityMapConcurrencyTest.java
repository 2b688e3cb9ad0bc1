package dev.reuseagent.track;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Races readers against writers. Each test checks what a linearizable map guarantees, so a reader that walks a
 * half-relinked chain, sees a half-built entry or misses an entry during a resize fails it. They are
 * probabilistic (a broken map may pass a run) but bounded in time, and assert nothing about speed.
 */
@Timeout(120)
class WeakIdentityMapConcurrencyTest {

    /** How long each racing phase runs; short, the machines running the tests are small and shared. */
    private static final long RACE_NANOS = 1_500_000_000L;

    /**
     * A value that says which key and which write it belongs to. {@code check} is deliberately not final: a
     * reader handed a value that was published without a happens-before edge could see it unset.
     */
    private static final class Val {
        final int key;
        final int version;
        int check;

        Val(int key, int version) {
            this.key = key;
            this.version = version;
            this.check = key * 31 + version + 1;
        }

        boolean intact() {
            return check == key * 31 + version + 1;
        }

        @Override
        public String toString() {
            return "key " + key + " v" + version;
        }
    }

    @Test
    void readersSeeTheOldOrTheNewValueOfAKeyNeverAnotherKeysOrAnOlderOne() throws Exception {
        WeakIdentityMap<Val> map = new WeakIdentityMap<>();
        int keyCount = 512;
        int writers = 2;
        Object[] keys = new Object[keyCount];
        for (int i = 0; i < keyCount; i++) {
            keys[i] = new Object();
            map.put(keys[i], new Val(i, 0));
        }
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        List<Runnable> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int me = w;
            tasks.add(() -> {
                // Each key has one writer, so its versions only grow; keys with i % 4 == 0 are never removed.
                int[] version = new int[keyCount];
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (!stop.get()) {
                    int i = random.nextInt(keyCount / writers) * writers + me;
                    if (i % 4 != 0 && random.nextInt(4) == 0) {
                        map.remove(keys[i]);
                    }
                    map.put(keys[i], new Val(i, ++version[i]));
                    // New keys that die soon: their entries share buckets with the raced ones, are copied and
                    // expunged, and grow the tables.
                    map.put(new Object(), new Val(-1, 0));
                }
            });
        }
        for (int r = 0; r < 3; r++) {
            tasks.add(() -> {
                int[] lastSeen = new int[keyCount];
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long n = 0;
                while (!stop.get()) {
                    int i = random.nextInt(keyCount);
                    Val v = map.get(keys[i]);
                    n++;
                    if (v == null) {
                        if (i % 4 == 0) {
                            failures.add("key " + i + " is never removed but get returned null");
                        }
                        continue;
                    }
                    if (v.key != i || !v.intact()) {
                        failures.add("get of key " + i + " returned " + v + (v.intact() ? "" : " (half-built)"));
                    } else if (v.version < lastSeen[i]) {
                        failures.add("key " + i + ": saw v" + lastSeen[i] + " then the older v" + v.version);
                    } else {
                        lastSeen[i] = v.version;
                    }
                }
                reads.addAndGet(n);
            });
        }
        race(tasks, stop, failures);
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.peek());
        assertTrue(reads.get() > 0);
        for (int i = 0; i < keyCount; i++) {
            Val v = map.get(keys[i]);
            assertTrue(v == null ? i % 4 != 0 : v.key == i, "key " + i + " ends as " + v);
        }
    }

    @Test
    void eachThreadAlwaysSeesExactlyWhatItDidToItsOwnKeys() throws Exception {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        for (int round = 0; round < 4 && failures.isEmpty(); round++) {
            // A fresh map each round, so the tables grow (and are resized) while the threads race.
            WeakIdentityMap<Val> map = new WeakIdentityMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Runnable> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int me = t;
                tasks.add(() -> {
                    int perThread = 2_000;
                    Object[] keys = new Object[perThread];
                    Val[] expected = new Val[perThread];
                    for (int i = 0; i < perThread; i++) {
                        keys[i] = new Object();
                    }
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int version = 0;
                    while (!stop.get() && failures.isEmpty()) {
                        version++;
                        for (int i = 0; i < perThread; i++) {
                            int op = random.nextInt(3);
                            if (op == 0) {
                                Val removed = map.remove(keys[i]);
                                if (removed != expected[i]) {
                                    failures.add("thread " + me + " removed " + removed + ", expected " + expected[i]);
                                }
                                expected[i] = null;
                            } else if (op == 1) {
                                expected[i] = new Val(i, version);
                                map.put(keys[i], expected[i]);
                            }
                            Val got = map.get(keys[i]);
                            if (got != expected[i]) {
                                failures.add("thread " + me + " key " + i + ": got " + got + ", expected " + expected[i]);
                            }
                        }
                        for (int i = 0; i < perThread; i++) {
                            Val got = map.get(keys[i]);
                            if (got != expected[i]) {
                                failures.add("thread " + me + " key " + i + " later: got " + got
                                        + ", expected " + expected[i]);
                            }
                        }
                    }
                });
            }
            race(tasks, stop, failures, RACE_NANOS / 4);
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.peek());
    }

    @Test
    void getDuringResizeFindsEveryKeyPutBeforeIt() throws Exception {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong reads = new AtomicLong();
        for (int round = 0; round < 6 && failures.isEmpty(); round++) {
            WeakIdentityMap<Val> map = new WeakIdentityMap<>();
            int stableCount = 256;
            Object[] stable = new Object[stableCount];
            Val[] values = new Val[stableCount];
            for (int i = 0; i < stableCount; i++) {
                stable[i] = new Object();
                values[i] = new Val(i, round);
                map.put(stable[i], values[i]);
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Runnable> tasks = new ArrayList<>();
            List<Object> grown = new ArrayList<>();
            // One writer grows every stripe's table from 16 buckets to 2,048: seven resizes in each of them.
            tasks.add(() -> {
                for (int i = 0; i < 20_000 && failures.isEmpty(); i++) {
                    Object k = new Object();
                    grown.add(k);
                    map.put(k, new Val(-1, i));
                }
                stop.set(true);
            });
            for (int r = 0; r < 2; r++) {
                tasks.add(() -> {
                    long n = 0;
                    while (!stop.get()) {
                        for (int i = 0; i < stableCount; i++) {
                            Val got = map.get(stable[i]);
                            n++;
                            if (got != values[i]) {
                                failures.add("stable key " + i + ": got " + got + " during resizing");
                            }
                        }
                    }
                    reads.addAndGet(n);
                });
            }
            race(tasks, stop, failures, RACE_NANOS);
            assertEquals(stableCount + grown.size(), map.size());
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.peek());
        assertTrue(reads.get() > 0);
    }

    @Test
    void eachCollectedValueReachesTheListenerExactlyOnce() throws Exception {
        Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        WeakIdentityMap<String> map = new WeakIdentityMap<>(
                v -> delivered.computeIfAbsent(v, x -> new AtomicInteger()).incrementAndGet());
        int liveCount = 2_000;
        int garbageCount = 3_000;
        List<Object> live = new ArrayList<>();
        for (int i = 0; i < liveCount; i++) {
            Object k = new Object();
            live.add(k);
            map.put(k, "live" + i);
        }
        // Garbage entries interleaved with live ones, so the same buckets hold both.
        for (int i = 0; i < garbageCount; i++) {
            map.put(new Object(), "garbage" + i);
        }
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int me = t;
            tasks.add(() -> {
                // Removes and re-puts of live keys copy the chains in front of them, dead entries included.
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (!stop.get()) {
                    int i = random.nextInt(liveCount / 2) * 2 + me;
                    Object k = live.get(i);
                    String old = map.remove(k);
                    if (!("live" + i).equals(old)) {
                        failures.add("remove of live key " + i + " returned " + old);
                    }
                    map.put(k, "live" + i);
                }
            });
        }
        tasks.add(() -> {
            long began = System.nanoTime();
            while (delivered.size() < garbageCount && System.nanoTime() - began < 30_000_000_000L) {
                System.gc();
                sleep(10);
            }
            // More collections, so that any stale copy of an entry that was still reachable gets enqueued too.
            for (int i = 0; i < 5; i++) {
                System.gc();
                sleep(10);
            }
            stop.set(true);
        });
        race(tasks, stop, failures, Long.MAX_VALUE);
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.peek());
        map.size(); // drains what the last collections enqueued
        for (int i = 0; i < garbageCount; i++) {
            AtomicInteger count = delivered.get("garbage" + i);
            assertEquals(1, count == null ? 0 : count.get(), "times garbage" + i + " reached the listener");
        }
        assertEquals(garbageCount, delivered.size(), () -> "unexpected deliveries: " + delivered.keySet());
        assertEquals(liveCount, map.size());
        for (int i = 0; i < liveCount; i++) {
            assertEquals("live" + i, map.get(live.get(i)));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void race(List<Runnable> tasks, AtomicBoolean stop, Queue<String> failures) throws Exception {
        race(tasks, stop, failures, RACE_NANOS);
    }

    /** Runs the tasks together until one sets {@code stop}, or for {@code nanos}; a thrown exception is a failure. */
    private static void race(List<Runnable> tasks, AtomicBoolean stop, Queue<String> failures, long nanos)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    task.run();
                } catch (Throwable e) {
                    failures.add(e.toString());
                    stop.set(true);
                }
            });
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        long began = System.nanoTime();
        start.countDown();
        while (!stop.get() && System.nanoTime() - began < nanos && failures.isEmpty()) {
            Thread.sleep(10);
        }
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
            assertTrue(!thread.isAlive(), "a racing thread did not stop");
        }
    }
}
