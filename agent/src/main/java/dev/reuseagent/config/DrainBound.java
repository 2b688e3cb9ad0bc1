package dev.reuseagent.config;

/**
 * How much of an unread response body enforcement may read on the application's behalf before giving up and
 * letting the connection close as it would have: both bounds hold, whichever is reached first ends the drain.
 */
public final class DrainBound {

    /** 100 ms and 4 MiB: a loopback or LAN peer delivers 4 MiB well within 100 ms; a slow one is not waited for. */
    public static final DrainBound DEFAULT = new DrainBound(100_000_000L, 4L * 1024 * 1024);

    private final long maxNanos;
    private final long maxBytes;

    public DrainBound(long maxNanos, long maxBytes) {
        this.maxNanos = maxNanos;
        this.maxBytes = maxBytes;
    }

    public long maxNanos() {
        return maxNanos;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** As the option is written: {@code 100ms+4MiB}. */
    @Override
    public String toString() {
        return maxNanos / 1_000_000 + "ms+" + EnforceParsers.bytesText(maxBytes);
    }
}
