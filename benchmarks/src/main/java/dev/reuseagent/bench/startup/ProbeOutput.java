package dev.reuseagent.bench.startup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The probes' machine-readable stdout lines, written by the probe and read back by the benchmark:
 * <pre>
 * startup-probe first-request client=okhttp4 nanos=41234567 bytes=64
 * startup-probe done probe=all java=17.0.15
 * </pre>
 * Space-separated {@code key=value} pairs after a fixed prefix; any other line is ignored.
 */
public final class ProbeOutput {

    static final String FIRST_REQUEST = "startup-probe first-request ";
    static final String DONE = "startup-probe done ";

    private ProbeOutput() {
    }

    static String firstRequestLine(String client, long nanos, int bytes) {
        return FIRST_REQUEST + "client=" + client + " nanos=" + nanos + " bytes=" + bytes;
    }

    static String doneLine(String probe) {
        return DONE + "probe=" + probe + " java=" + System.getProperty("java.version");
    }

    /** What one probe run printed: first-request nanos per client (in order), and its done line's fields. */
    public static final class Parsed {
        public final Map<String, Long> firstRequestNanos = new LinkedHashMap<>();
        public Map<String, String> done;
    }

    public static Parsed parse(Iterable<String> lines) {
        Parsed parsed = new Parsed();
        for (String line : lines) {
            if (line.startsWith(FIRST_REQUEST)) {
                Map<String, String> fields = fields(line.substring(FIRST_REQUEST.length()));
                parsed.firstRequestNanos.put(fields.get("client"), Long.parseLong(fields.get("nanos")));
            } else if (line.startsWith(DONE)) {
                parsed.done = fields(line.substring(DONE.length()));
            }
        }
        return parsed;
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return fields;
    }
}
