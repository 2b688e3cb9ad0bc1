package dev.reuseagent.track;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static dev.reuseagent.track.Races.RACE_NANOS;
import static dev.reuseagent.track.Races.race;
import static dev.reuseagent.track.Races.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * As {@link WeakIdentityMapConcurrencyTest}, with the races aimed at the map's own changes: a reader must find every
 * key while the tables are resized, and each value whose key was collected must reach the listener exactly once
 * while writers copy the chains that hold it.
 */
@Timeout(120)
class WeakIdentityMapResizeAndCollectionTest {

    @Test
    void getDuringResizeFindsEveryKeyPutBeforeIt() throws Exception {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong reads = new AtomicLong();
        for (int round = 0; round < 6 && failures.isEmpty(); round++) {
            WeakIdentityMap<RacedValue> map = new WeakIdentityMap<>();
            int stableCount = 256;
            Object[] stable = new Object[stableCount];
            RacedValue[] values = new RacedValue[stableCount];
            for (int i = 0; i < stableCount; i++) {
                stable[i] = new Object();
                values[i] = new RacedValue(i, round);
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
                    map.put(k, new RacedValue(-1, i));
                }
                stop.set(true);
            });
            for (int r = 0; r < 2; r++) {
                tasks.add(() -> {
                    long n = 0;
                    while (!stop.get()) {
                        for (int i = 0; i < stableCount; i++) {
                            RacedValue got = map.get(stable[i]);
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
}
