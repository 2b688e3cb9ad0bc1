package dev.reuseagent.track;

import java.util.function.LongSupplier;

/** A nanosecond clock the test moves by hand. */
public final class FakeClock implements LongSupplier {

    private long now;

    public FakeClock(long start) {
        this.now = start;
    }

    @Override
    public long getAsLong() {
        return now;
    }

    public long now() {
        return now;
    }

    public long advanceMillis(long millis) {
        now += millis * 1_000_000L;
        return now;
    }

    public long advanceNanos(long nanos) {
        now += nanos;
        return now;
    }
}
