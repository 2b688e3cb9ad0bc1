package dev.reuseagent.track;

import dev.reuseagent.util.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the application line behind a new connection: the first stack frame that is not JDK, agent or HTTP
 * client library code. Only called for new connections, never on the reused path.
 */
public final class SiteFinder {

    /** Always skipped: the JDK, the agent itself, and HTTP client libraries. */
    static final List<String> BUILT_IN_EXCLUDES = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.",
            "dev.reuseagent.bootstrap.", "dev.reuseagent.track.", "dev.reuseagent.instrument.",
            "dev.reuseagent.report.", "dev.reuseagent.shaded.",
            "okhttp3.", "okio.", "org.apache.http.", "org.apache.hc.", "kotlin.", "kotlinx.coroutines.");

    private static final StackWalker WALKER = StackWalker.getInstance();

    private final String[] excludes;
    private final boolean enabled;

    public SiteFinder(boolean enabled, List<String> extraExcludes) {
        List<String> all = new ArrayList<>(BUILT_IN_EXCLUDES);
        all.addAll(extraExcludes);
        this.excludes = all.toArray(new String[0]);
        this.enabled = enabled;
    }

    /** The site as {@code com.acme.Export.fetch(Export.java:42)}, or null when disabled or none found. */
    public String find() {
        if (!enabled) {
            return null;
        }
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames
                .filter(f -> !excluded(f.getClassName()))
                .findFirst());
        return frame.map(SiteFinder::format).orElse(null);
    }

    boolean excluded(String className) {
        for (String prefix : excludes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String format(StackWalker.StackFrame f) {
        String file = f.getFileName();
        int line = f.getLineNumber();
        String location = file == null ? "Unknown Source" : line >= 0 ? file + ":" + line : file;
        return SafeText.text(f.getClassName() + "." + f.getMethodName() + "(" + location + ")");
    }
}
