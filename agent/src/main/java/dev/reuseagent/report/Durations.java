package dev.reuseagent.report;

/** Durations as the log lines show them: 1.9ms, 4.2s. */
final class Durations {

    private Durations() {
    }

    static String millis(long nanos) {
        return Text.oneDecimal(new StringBuilder(12), nanos / 1e6).append("ms").toString();
    }

    static String human(long nanos) {
        if (nanos < 1_000_000_000L) {
            return millis(nanos);
        }
        return Text.oneDecimal(new StringBuilder(12), nanos / 1e9).append('s').toString();
    }

    static double roundedMillis(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }
}
