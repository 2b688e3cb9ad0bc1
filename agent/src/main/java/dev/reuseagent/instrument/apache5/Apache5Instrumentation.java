package dev.reuseagent.instrument.apache5;

import dev.reuseagent.instrument.Target;

import java.util.List;

/** Apache HttpClient 5.x: the hook points (none yet). */
public final class Apache5Instrumentation {

    private Apache5Instrumentation() {
    }

    public static List<Target> targets() {
        return List.of();
    }
}
