package dev.reuseagent.util;

/** Escapes control characters so that text from users or the network cannot forge or break log lines. */
public final class SafeText {

    private SafeText() {
    }

    public static String text(String raw) {
        if (raw == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (unsafe && out == null) {
                out = new StringBuilder(raw.length() + 8).append(raw, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    String hex = Integer.toHexString(c); // not String.format: see report/Text
                    out.append("\\u0000", 0, 6 - hex.length()).append(hex);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? raw : out.toString();
    }
}
