package dev.reuseagent.bench.startup;

import java.util.Locale;

/** Number formats shared by the report's text parts (Locale.ROOT, so the decimal point is always a point). */
final class ReportFormat {

    private ReportFormat() {
    }

    static String range(Stats s, String format) {
        if (s.isEmpty()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, format + " [" + format + " .. " + format + "]", s.median(), s.min(), s.max());
    }

    static String signed(double v, String format) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+" + format.substring(1), v);
    }

    static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
