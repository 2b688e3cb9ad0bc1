package dev.reuseagent.report;

/**
 * ISO-8601 UTC timestamps with milliseconds ({@code 2026-12-01T15:10:28.090Z}), computed with integer arithmetic:
 * java.time's formatter loads about a hundred classes on first use, which the first log line of a JVM would pay.
 */
final class UtcTimestamp {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private UtcTimestamp() {
    }

    static void append(StringBuilder out, long epochMillis) {
        long days = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        long millisOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY);
        // Civil date from days since 1970-01-01, proleptic Gregorian, in 400-year eras starting on March 1st (the
        // civil_from_days algorithm H. Hinnant describes).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        out.append(year).append('-');
        two(out, month).append('-');
        two(out, day).append('T');
        two(out, millisOfDay / 3_600_000).append(':');
        two(out, millisOfDay / 60_000 % 60).append(':');
        two(out, millisOfDay / 1000 % 60).append('.');
        long millis = millisOfDay % 1000;
        out.append(millis < 100 ? (millis < 10 ? "00" : "0") : "").append(millis).append('Z');
    }

    private static StringBuilder two(StringBuilder out, long value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }
}
