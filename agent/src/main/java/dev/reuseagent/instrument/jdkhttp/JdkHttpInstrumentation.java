package dev.reuseagent.instrument.jdkhttp;

import dev.reuseagent.instrument.Target;

import java.util.List;

/** java.net.http.HttpClient (HTTP/1.1 and HTTP/2): the hook points (none yet). */
public final class JdkHttpInstrumentation {

    private JdkHttpInstrumentation() {
    }

    public static List<Target> targets() {
        return List.of();
    }
}
