package dev.reuseagent;

import dev.reuseagent.report.AgentLog;
import dev.reuseagent.util.SafeText;
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

    /**
     * The one line for a client that stands down in a class loader (contract: docs/contracts.md §4.1):
     * {@code <client> stands down in <loader>: <reason>; its connections there are counted by the transport layer
     * only, as client unknown}.
     */
    @Override
    public void stoodDown(String group, ClassLoader loader, String reason) {
        problem(group + " stands down in " + describe(loader) + ": " + SafeText.text(reason)
                + "; its connections there are counted by the transport layer only, as client unknown");
    }

    /** {@code class loader 'app' (jdk.internal.loader.ClassLoaders$AppClassLoader@1b6d3586)}, the name escaped. */
    static String describe(ClassLoader loader) {
        if (loader == null) {
            return "the bootstrap class loader";
        }
        String identity = loader.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(loader));
        String name = loader.getName();
        return name == null ? "class loader " + identity
                : "class loader '" + SafeText.text(name) + "' (" + identity + ")";
    }

    @Override
    public void failed(String className, ClassLoader loader, String reason) {
        problem("could not instrument " + className + ": " + reason);
    }
}
