package dev.reuseagent.instrument.okhttp;

import dev.reuseagent.instrument.Target;

import java.util.List;

/** OkHttp 4.12 and 5.x: the hook points (none yet). */
public final class OkHttpInstrumentation {

    private OkHttpInstrumentation() {
    }

    public static List<Target> targets() {
        return List.of();
    }
}
