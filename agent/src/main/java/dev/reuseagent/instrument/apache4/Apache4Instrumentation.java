package dev.reuseagent.instrument.apache4;

import dev.reuseagent.instrument.Target;

import java.util.List;

/** Apache HttpClient 4.5: the hook points (none yet). */
public final class Apache4Instrumentation {

    private Apache4Instrumentation() {
    }

    public static List<Target> targets() {
        return List.of();
    }
}
