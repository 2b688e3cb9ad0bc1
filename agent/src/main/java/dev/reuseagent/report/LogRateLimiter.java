package dev.reuseagent.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a flood of connection events from making logging the bottleneck: at most {@code limit} lines of one
 * kind per origin per window; the rest are counted and reported in one "(+N more ...)" line when the window
 * ends (or at exit). Only the rare new/closed path (and reused with log=all) comes here.
 */
final class LogRateLimiter {

    private final int limit;
    private final long windowNanos;
    private final Map<String, Window> windows = new HashMap<>();

    /** @param limit lines per key per window; 0 means no limit */
    LogRateLimiter(int limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    /**
     * @param key    origin and kind, e.g. "new connections to https://h:443"
     * @param notes  receives "(+N more ...)" lines of a window that just ended
     * @return whether this line may be logged
     */
    synchronized boolean allow(String key, long now, List<String> notes) {
        if (limit == 0) {
            return true;
        }
        Window w = windows.get(key);
        if (w == null) {
            if (windows.size() > 10_000) {
                windows.clear(); // bounded memory; at worst a few extra lines
            }
            w = new Window(now);
            windows.put(key, w);
        } else if (now - w.start >= windowNanos) {
            if (w.suppressed > 0) {
                notes.add(note(key, w.suppressed));
            }
            w.start = now;
            w.count = 0;
            w.suppressed = 0;
        }
        if (w.count < limit) {
            w.count++;
            return true;
        }
        w.suppressed++;
        return false;
    }

    /** The "(+N more ...)" lines of every window, ending them all; called at exit and with each summary. */
    synchronized List<String> flush() {
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, Window> e : windows.entrySet()) {
            if (e.getValue().suppressed > 0) {
                notes.add(note(e.getKey(), e.getValue().suppressed));
                e.getValue().suppressed = 0;
            }
        }
        return notes;
    }

    private String note(String key, long suppressed) {
        return "(+" + suppressed + " more " + key + " in the last " + (windowNanos / 1_000_000_000L) + "s)";
    }

    private static final class Window {
        long start;
        int count;
        long suppressed;

        Window(long start) {
            this.start = start;
        }
    }
}
