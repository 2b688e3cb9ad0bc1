package dev.reuseagent.track;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static dev.reuseagent.track.Races.RACE_NANOS;
import static dev.reuseagent.track.Races.race;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Races readers against writers. Each test checks what a linearizable map guarantees, so a reader that walks a
 * half-relinked chain, sees a half-built entry or misses an entry during a resize fails it. They are probabilistic
 * (a broken map may pass a run) but bounded in time, and assert nothing about speed. The races aimed at resizes
 * and at collected keys are in {@link WeakIdentityMapResizeAndCollectionTest}.
 */
@Timeout(120)
class WeakIdentityMapConcurrencyTest {

    @Test
    void readersSeeTheOldOrTheNewValueOfAKeyNeverAnotherKeysOrAnOlderOne() throws Exception {
        WeakIdentityMap<RacedValue> map = new WeakIdentityMap<>();
        int keyCount = 512;
        int writers = 2;
        Object[] keys = new Object[keyCount];
        for (int i = 0; i < keyCount; i++) {
            keys[i] = new Object();
            map.put(keys[i], new RacedValue(i, 0));
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
                    map.put(keys[i], new RacedValue(i, ++version[i]));
                    // New keys that die soon: their entries share buckets with the raced ones, are copied and
                    // expunged, and grow the tables.
                    map.put(new Object(), new RacedValue(-1, 0));
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
                    RacedValue v = map.get(keys[i]);
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
            RacedValue v = map.get(keys[i]);
            assertTrue(v == null ? i % 4 != 0 : v.key == i, "key " + i + " ends as " + v);
        }
    }

    @Test
    void eachThreadAlwaysSeesExactlyWhatItDidToItsOwnKeys() throws Exception {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        for (int round = 0; round < 4 && failures.isEmpty(); round++) {
            // A fresh map each round, so the tables grow (and are resized) while the threads race.
            WeakIdentityMap<RacedValue> map = new WeakIdentityMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Runnable> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int me = t;
                tasks.add(() -> {
                    int perThread = 2_000;
                    Object[] keys = new Object[perThread];
                    RacedValue[] expected = new RacedValue[perThread];
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
                                RacedValue removed = map.remove(keys[i]);
                                if (removed != expected[i]) {
                                    failures.add("thread " + me + " removed " + removed + ", expected " + expected[i]);
                                }
                                expected[i] = null;
                            } else if (op == 1) {
                                expected[i] = new RacedValue(i, version);
                                map.put(keys[i], expected[i]);
                            }
                            RacedValue got = map.get(keys[i]);
                            if (got != expected[i]) {
                                failures.add("thread " + me + " key " + i + ": got " + got + ", expected " + expected[i]);
                            }
                        }
                        for (int i = 0; i < perThread; i++) {
                            RacedValue got = map.get(keys[i]);
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
}
