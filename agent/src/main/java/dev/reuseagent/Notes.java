package dev.reuseagent;

import dev.reuseagent.report.AgentLog;
import dev.reuseagent.report.RelocatedClient;
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
    private final List<RelocatedClient> relocated = new ArrayList<>();

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

    /** The relocated copies of clients recognised so far, for the summary's {@code agent.relocatedClients}. */
    synchronized List<RelocatedClient> relocated() {
        return new ArrayList<>(relocated);
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

    /**
     * The one line for a relocated copy of a client recognised in a class loader (contract: docs/contracts.md
     * §4.1): {@code <client> recognised relocated to <package> (from <library package>) in <loader>; its
     * connections there are reported as <client>}.
     */
    @Override
    public void relocatedCopy(String group, ClassLoader loader, Map<String, String> relocation) {
        String where = describe(loader);
        StringBuilder line = new StringBuilder(group).append(" recognised relocated to ");
        String separator = "";
        for (Map.Entry<String, String> move : relocation.entrySet()) {
            line.append(separator).append(SafeText.text(move.getValue())).append(" (from ").append(move.getKey())
                    .append(')');
            separator = ", ";
        }
        line.append(" in ").append(where).append("; its connections there are reported as ").append(group);
        synchronized (this) {
            relocated.add(new RelocatedClient(group, relocation, where));
        }
        add(line.toString());
        AgentLog.info(line.toString());
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
