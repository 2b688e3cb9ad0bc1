package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.apache4.Apache4Tracking;

/**
 * What the Apache HttpClient 4.5 advice calls: static, JDK types only (the library's own types never appear in a signature),
 * never throws. Until the agent has started, or when it is disabled, {@code tracking} is null and every hook
 * returns at once.
 */
public final class Apache4Hooks {

    private static volatile Apache4Tracking tracking;

    private Apache4Hooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(Apache4Tracking apache4Tracking) {
        tracking = apache4Tracking;
    }
}
