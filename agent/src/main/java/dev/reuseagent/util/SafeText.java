package dev.reuseagent.util;

/**
 * Escapes characters that can forge, break or disguise a line, so that text from users or the network cannot:
 * control characters (category Cc), line and paragraph separators (U+2028, U+2029), and format characters
 * (category Cf: the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E/U+200F,
 * zero-width characters, the soft hyphen), which a terminal or editor would apply rather than show, for example to
 * make a host read backwards. Also a lone surrogate, which no encoder can write. Each becomes {@code \\uXXXX}
 * (a supplementary character one escape per UTF-16 unit, as in JSON).
 */
public final class SafeText {

    private SafeText() {
    }

    /** {@code raw} with every unsafe character escaped; the same instance when there is none. */
    public static String text(String raw) {
        return escape(raw, false);
    }

    /**
     * As {@link #text(String)} but keeping line feeds and carriage returns: for the agent's own multi-line text (the
     * summary), whose parts from outside were escaped with {@link #text(String)} already.
     */
    public static String lines(String raw) {
        return escape(raw, true);
    }

    /** True if this code point must not be written as it is. */
    public static boolean unsafe(int c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true; // Cc
        }
        if (c < 0xad) {
            return false; // the rest of ASCII and Latin-1 up to the soft hyphen, the first Cf: the common case
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    /** Appends {@code \\uXXXX} for each UTF-16 unit of {@code codePoint}. */
    public static void appendEscaped(StringBuilder out, int codePoint) {
        if (Character.isSupplementaryCodePoint(codePoint)) {
            appendUnit(out, Character.highSurrogate(codePoint));
            appendUnit(out, Character.lowSurrogate(codePoint));
        } else {
            appendUnit(out, (char) codePoint);
        }
    }

    private static void appendUnit(StringBuilder out, char unit) {
        String hex = Integer.toHexString(unit); // not String.format: see report/Text
        out.append("\\u0000", 0, 6 - hex.length()).append(hex);
    }

    private static String escape(String raw, boolean keepLineBreaks) {
        if (raw == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            int units = Character.charCount(c);
            boolean unsafe = unsafe(c) && !(keepLineBreaks && (c == '\n' || c == '\r'));
            if (unsafe && out == null) {
                out = new StringBuilder(raw.length() + 8).append(raw, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    appendEscaped(out, c);
                } else {
                    out.append(raw, i, i + units);
                }
            }
            i += units;
        }
        return out == null ? raw : out.toString();
    }
}
