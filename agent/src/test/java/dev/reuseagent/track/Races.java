package dev.reuseagent.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the map concurrency tests' threads together, bounded in time; what a thread throws is a failure. */
final class Races {

    /** How long each racing phase runs; short, the machines running the tests are small and shared. */
    static final long RACE_NANOS = 1_500_000_000L;

    private Races() {
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void race(List<Runnable> tasks, AtomicBoolean stop, Queue<String> failures) throws Exception {
        race(tasks, stop, failures, RACE_NANOS);
    }

    /** Runs the tasks together until one sets {@code stop}, or for {@code nanos}; a thrown exception is a failure. */
    static void race(List<Runnable> tasks, AtomicBoolean stop, Queue<String> failures, long nanos)
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
