package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.jdkhttp.JdkHttpTracking;

/**
 * What the java.net.http.HttpClient (HTTP/1.1 and HTTP/2) advice calls: static, JDK types only (the library's own types never appear in a signature),
 * never throws. Until the agent has started, or when it is disabled, {@code tracking} is null and every hook
 * returns at once.
 */
public final class JdkHttpHooks {

    private static volatile JdkHttpTracking tracking;

    private JdkHttpHooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(JdkHttpTracking jdkhttpTracking) {
        tracking = jdkhttpTracking;
    }
}
