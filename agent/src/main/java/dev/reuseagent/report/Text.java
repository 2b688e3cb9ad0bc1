package dev.reuseagent.report;

/**
 * The few number and column formats the reports need, without {@code String.format}: java.util.Formatter
 * parses every pattern with a regular expression and loads locale data, which the first log line of a JVM (its
 * first new connection) would pay.
 */
final class Text {

    private Text() {
    }

    /** {@code value} with one decimal, rounded half up: 1.95 -> "2.0" (as {@code %.1f} in the root locale). */
    static StringBuilder oneDecimal(StringBuilder out, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return out.append(value);
        }
        long tenths = Math.round(Math.abs(value) * 10);
        if (value < 0 && tenths != 0) {
            out.append('-');
        }
        return out.append(tenths / 10).append('.').append(tenths % 10);
    }

    static String oneDecimal(double value) {
        return oneDecimal(new StringBuilder(8), value).toString();
    }

    /** {@code text} left-aligned in a column of {@code width} (never cut), as {@code %-Ns}. */
    static StringBuilder left(StringBuilder out, Object text, int width) {
        String s = String.valueOf(text);
        out.append(s);
        for (int i = s.length(); i < width; i++) {
            out.append(' ');
        }
        return out;
    }

    /** {@code text} right-aligned in a column of {@code width} (never cut), as {@code %Ns}. */
    static StringBuilder right(StringBuilder out, Object text, int width) {
        String s = String.valueOf(text);
        for (int i = s.length(); i < width; i++) {
            out.append(' ');
        }
        return out.append(s);
    }
}
