package dev.reuseagent.report;

import dev.reuseagent.util.SafeText;

import java.util.Map;

/**
 * A minimal JSON writer for the agent's two fixed document shapes (summary and events); small enough that the
 * agent need not ship a JSON library into every host JVM.
 */
final class Json {

    private final StringBuilder out = new StringBuilder(256);
    private boolean needComma;

    Json beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    Json endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    Json beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    Json endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    Json name(String name) {
        comma();
        string(name);
        out.append(':');
        needComma = false;
        return this;
    }

    Json value(String value) {
        comma();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needComma = true;
        return this;
    }

    Json value(long value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    Json value(double value) {
        comma();
        Text.oneDecimal(out, value);
        needComma = true;
        return this;
    }

    Json value(boolean value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    Json field(String name, String value) {
        return name(name).value(value);
    }

    Json field(String name, long value) {
        return name(name).value(value);
    }

    Json field(String name, double value) {
        return name(name).value(value);
    }

    Json counts(String name, Map<String, Long> counts) {
        name(name).beginObject();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            field(e.getKey(), e.getValue());
        }
        return endObject();
    }

    private void comma() {
        if (needComma) {
            out.append(',');
            needComma = false;
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int units = Character.charCount(c);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    // Valid JSON needs only controls escaped; the rest keeps bidi overrides and other format
                    // characters out of a file people read in terminals and editors.
                    if (SafeText.unsafe(c)) {
                        SafeText.appendEscaped(out, c);
                    } else {
                        out.append(s, i, i + units);
                    }
            }
            i += units;
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
