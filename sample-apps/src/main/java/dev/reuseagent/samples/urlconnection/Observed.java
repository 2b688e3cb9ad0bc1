package dev.reuseagent.samples.urlconnection;

import dev.reuseagent.samples.SampleOutput;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the urlconnection patterns saw, for {@link SampleOutput}'s digest (so a run with enforcement can be compared
 * with one without), and how long their slowest {@code close()} / {@code disconnect()} took: the call that
 * enforcement may make wait for a drain, printed after the run as {@code sample: slowest-close-ms=<ms>} when the
 * system property {@code sample.slowestClose} is {@code true} (the integration tests ask for it; the demo does not).
 */
final class Observed {
    private static final AtomicLong SLOWEST_CLOSE_NANOS = new AtomicLong();

    private Observed() {
    }

    /** Times one close() or disconnect() of the application's. */
    static void closeTook(long startNanos) {
        SLOWEST_CLOSE_NANOS.accumulateAndGet(System.nanoTime() - startNanos, Math::max);
    }

    /** Prints {@code sample: slowest-close-ms=<ms>} if asked to, for tests that bound what a drain may cost. */
    static void printSlowestClose() {
        if (Boolean.getBoolean("sample.slowestClose")) {
            System.out.println("sample: slowest-close-ms=" + SLOWEST_CLOSE_NANOS.get() / 1_000_000);
        }
    }
}
