package dev.reuseagent.client.jetty;

import dev.reuseagent.model.CloseCause;
import dev.reuseagent.util.CallerFrames;

import java.util.List;

/**
 * Why Jetty removed a connection from its pool outside an ending exchange or an idle timeout, read from who removed
 * it: a short stack walk, on the close path only.
 */
final class JettyCloseCauses {

    private static final int MAX_FRAMES = 24;

    private static final String POOL = "org.eclipse.jetty.client.AbstractConnectionPool";
    private static final String RECEIVER_HTTP1 = "org.eclipse.jetty.client.transport.internal.HttpReceiverOverHTTP";
    private static final String JETTY = "org.eclipse.jetty.";

    private JettyCloseCauses() {
    }

    /** The callers on this thread, nearest first, as {@code class#method}. */
    static List<String> callers() {
        return CallerFrames.nearest(MAX_FRAMES);
    }

    /**
     * Whether the pool removed the connection for its own limits, {@code maxUsage} or {@code maxDuration}: when it
     * hands one out ({@code activate}) or takes one back ({@code deactivate}). No cause names such a limit.
     *
     * @param callers {@code class#method} frames, nearest first
     */
    static boolean byPoolLimit(List<String> callers) {
        return callers.contains(POOL + "#activate") || callers.contains(POOL + "#deactivate");
    }

    /**
     * @param callers {@code class#method} frames, nearest first
     * @return {@code unknown} when the pool removed it for its own limits ({@link #byPoolLimit}), {@code app-closed} when the application stopped its client (or closed the connection itself),
     *         {@code server-closed} when the server ended an idle connection (its reader met the end of the stream),
     *         else {@code unknown}
     */
    static CloseCause of(List<String> callers) {
        if (byPoolLimit(callers)) {
            return CloseCause.UNKNOWN; // else the application's send() below the pool's activate would count
        }
        boolean inJetty = false;
        for (String frame : callers) {
            int hash = frame.indexOf('#');
            String cls = frame.substring(0, hash);
            if (cls.startsWith("dev.reuseagent.") || cls.startsWith("java.") || cls.startsWith("jdk.")) {
                continue;
            }
            if (!cls.startsWith(JETTY)) {
                // the first frame outside Jetty: the application called into Jetty's close path itself
                return inJetty ? CloseCause.APP_CLOSED : CloseCause.UNKNOWN;
            }
            inJetty = true;
            String method = frame.substring(hash + 1);
            if (method.equals("doStop")) {
                return CloseCause.APP_CLOSED; // HttpClient#stop: its destinations and pools stop
            }
            if (cls.equals(RECEIVER_HTTP1)) {
                return CloseCause.SERVER_CLOSED;
            }
        }
        return CloseCause.UNKNOWN;
    }
}
