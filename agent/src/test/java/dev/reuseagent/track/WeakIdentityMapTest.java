package dev.reuseagent.track;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeakIdentityMapTest {

    private final WeakIdentityMap<String> map = new WeakIdentityMap<>();

    @Test
    void getReturnsWhatWasPut() {
        Object key = new Object();
        map.put(key, "v");
        assertEquals("v", map.get(key));
        assertEquals(1, map.size());
    }

    @Test
    void equalButDistinctKeysAreDifferentEntries() {
        String a = new String("key");
        String b = new String("key");
        map.put(a, "a");
        assertNull(map.get(b), "an equal key that is not the same object must not match");
        map.put(b, "b");
        assertEquals("a", map.get(a));
        assertEquals("b", map.get(b));
        assertEquals(2, map.size());
    }

    @Test
    void keysWithOverriddenEqualsAndHashCodeAreComparedByIdentity() {
        Object a = new AlwaysEqual();
        Object b = new AlwaysEqual();
        map.put(a, "a");
        assertNull(map.get(b));
    }

    @Test
    void putReplacesValueOfSameKey() {
        Object key = new Object();
        map.put(key, "1");
        map.put(key, "2");
        assertEquals("2", map.get(key));
        assertEquals(1, map.size());
    }

    @Test
    void removeReturnsValueAndForgetsKey() {
        Object key = new Object();
        Object other = new Object();
        map.put(key, "v");
        map.put(other, "o");
        assertEquals("v", map.remove(key));
        assertNull(map.get(key));
        assertEquals("o", map.get(other));
        assertEquals(1, map.size());
        assertNull(map.remove(key), "second remove finds nothing");
    }

    @Test
    void nullIsAKeyLikeAnyOther() {
        Object other = new Object();
        map.put(other, "o");
        assertNull(map.get(null));
        map.put(null, "n");
        assertEquals("n", map.get(null));
        assertEquals(2, map.size());
        assertEquals("n", map.remove(null));
        assertNull(map.get(null));
        assertEquals("o", map.get(other));
        assertEquals(1, map.size());
    }

    @Test
    void getAllocatesNothing() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean
                && ((com.sun.management.ThreadMXBean) threads).isThreadAllocatedMemorySupported());
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        allocation.setThreadAllocatedMemoryEnabled(true);
        Object[] keys = new Object[100];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Object();
            map.put(keys[i], "v" + i);
        }
        Object absent = new Object();
        int gets = 200_000;
        long found = 0;
        for (int round = 0; round < 3; round++) { // the first rounds link and compile; the last one counts
            long before = allocation.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < gets; i++) {
                found += map.get(keys[i % keys.length]) != null ? 1 : 0;
                found += map.get(absent) != null ? 1 : 0;
            }
            long allocated = allocation.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            if (round == 2) {
                // A few bytes may come from the measuring itself; anything per get would be megabytes.
                assertTrue(allocated < gets / 10, allocated + " bytes allocated by " + 2 * gets + " gets");
            }
        }
        assertEquals(3L * gets, found);
    }

    @Test
    void manyKeysSurviveResizing() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Object k = new Object();
            keys.add(k);
            map.put(k, "v" + i);
        }
        assertEquals(20_000, map.size());
        for (int i = 0; i < keys.size(); i++) {
            assertEquals("v" + i, map.get(keys.get(i)));
        }
        for (int i = 0; i < keys.size(); i += 2) {
            assertEquals("v" + i, map.remove(keys.get(i)));
        }
        assertEquals(10_000, map.size());
        for (int i = 1; i < keys.size(); i += 2) {
            assertEquals("v" + i, map.get(keys.get(i)));
        }
    }

    @Test
    void entriesOfCollectedKeysAreDropped() throws InterruptedException {
        Object kept = new Object();
        map.put(kept, "kept");
        for (int i = 0; i < 1000; i++) {
            map.put(new Object(), "garbage");
        }
        for (int attempt = 0; attempt < 200 && map.size() > 1; attempt++) {
            System.gc();
            Thread.sleep(5);
        }
        assertEquals(1, map.size(), "the map must not keep its keys alive");
        assertEquals("kept", map.get(kept));
    }

    private static final class AlwaysEqual {
        @Override
        public boolean equals(Object o) {
            return o instanceof AlwaysEqual;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void valueOfACollectedKeyIsHandedToTheListener() throws InterruptedException {
        java.util.List<String> collected = new java.util.concurrent.CopyOnWriteArrayList<>();
        WeakIdentityMap<String> map = new WeakIdentityMap<>(collected::add);
        map.put(new Object(), "leaked");
        Object kept = new Object();
        map.put(kept, "kept");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!collected.contains("leaked") && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
            map.put(new Object(), "churn"); // changes drain the queue of collected keys
            map.remove(kept);
            map.put(kept, "kept");
        }
        org.junit.jupiter.api.Assertions.assertTrue(collected.contains("leaked"), collected::toString);
        org.junit.jupiter.api.Assertions.assertFalse(collected.contains("kept"), collected::toString);
        assertEquals("kept", map.get(kept));
    }
}
