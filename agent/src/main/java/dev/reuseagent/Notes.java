package dev.reuseagent;

import dev.reuseagent.report.AgentLog;
import dev.reuseagent.weave.Hook;
import dev.reuseagent.weave.WeaveListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the user should know about this run beyond the counts: options accepted but not acted on, classes that
 * could not be woven, slices that could not start. Each is logged once when it happens and repeated in the
 * summary. Thread-safe: weaving happens on whatever thread loads a class.
 */
final class Notes implements WeaveListener {

    private final List<String> notes = new ArrayList<>();

    synchronized void add(String note) {
        notes.add(note);
    }

    /** Logs {@code problem} now and keeps it for the summary. */
    void problem(String problem) {
        add(problem);
        AgentLog.warn(problem);
    }

    synchronized List<String> all() {
        return new ArrayList<>(notes);
    }

    @Override
    public void woven(String className, ClassLoader loader, Map<Hook, List<String>> methodsByHook,
            List<Hook> matchedNothing) {
        // Hooks that match nothing are expected: one slice serves library versions whose methods differ.
    }

    @Override
    public void failed(String className, ClassLoader loader, String reason) {
        problem("could not instrument " + className + ": " + reason);
    }
}
