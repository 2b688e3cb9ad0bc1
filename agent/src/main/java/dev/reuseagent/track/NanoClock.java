package dev.reuseagent.track;

import java.util.function.LongSupplier;

/**
 * {@link System#nanoTime()} as the tracker's clock. A class, not {@code System::nanoTime}: a method reference's
 * first use costs a cold JVM tens of milliseconds.
 */
final class NanoClock implements LongSupplier {
    @Override
    public long getAsLong() {
        return System.nanoTime();
    }
}
