package dev.reuseagent.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;

/**
 * What the application observed, so that a run with enforcement can be compared with a run without: each
 * pattern that reads a response records its status, its headers of interest and its body (or the exception it
 * got), and the run prints one digest of all of them, independent of the order threads finished in.
 */
public final class SampleOutput {

    private static final List<String> OBSERVATIONS = Collections.synchronizedList(new ArrayList<>());

    private SampleOutput() {
    }

    /** A response as the application saw it: status, body length and a checksum of the body. */
    public static void response(int status, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        OBSERVATIONS.add("status=" + status + " bytes=" + body.length + " crc=" + Long.toHexString(crc.getValue()));
    }

    /** A response whose body the pattern deliberately did not read: status only. */
    public static void unread(int status) {
        OBSERVATIONS.add("status=" + status + " unread");
    }

    /** An exception the application got: its type and message. */
    public static void failure(Throwable t) {
        OBSERVATIONS.add("failure=" + t.getClass().getName() + ": " + t.getMessage());
    }

    /**
     * {@code sample: output=<digest> observations=<n>}: the sorted observations hashed, so two runs that saw the
     * same responses print the same line whatever the thread interleaving.
     */
    public static String line() {
        List<String> sorted;
        synchronized (OBSERVATIONS) {
            sorted = new ArrayList<>(OBSERVATIONS);
        }
        Collections.sort(sorted);
        CRC32 crc = new CRC32();
        for (String o : sorted) {
            crc.update(o.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update('\n');
        }
        return "sample: output=" + Long.toHexString(crc.getValue()) + " observations=" + sorted.size();
    }
}
