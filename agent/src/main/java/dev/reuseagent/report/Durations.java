package dev.reuseagent.report;

import java.util.Locale;

/** Durations as the log lines show them: 1.9ms, 4.2s. */
final class Durations {

    private Durations() {
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1fms", nanos / 1e6);
    }

    static String human(long nanos) {
        if (nanos < 1_000_000_000L) {
            return millis(nanos);
        }
        return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
    }

    static double roundedMillis(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }
}
