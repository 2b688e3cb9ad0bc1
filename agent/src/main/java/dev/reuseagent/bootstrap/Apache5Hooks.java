package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.apache5.Apache5Tracking;

/**
 * What the Apache HttpClient 5.x advice calls: static, JDK types only (the library's own types never appear in a signature),
 * never throws. Until the agent has started, or when it is disabled, {@code tracking} is null and every hook
 * returns at once.
 */
public final class Apache5Hooks {

    private static volatile Apache5Tracking tracking;

    private Apache5Hooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(Apache5Tracking apache5Tracking) {
        tracking = apache5Tracking;
    }
}
