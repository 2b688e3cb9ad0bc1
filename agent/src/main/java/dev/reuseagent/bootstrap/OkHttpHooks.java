package dev.reuseagent.bootstrap;

import dev.reuseagent.instrument.okhttp.OkHttpTracking;

/**
 * What the OkHttp 4.12 and 5.x advice calls: static, JDK types only (the library's own types never appear in a signature),
 * never throws. Until the agent has started, or when it is disabled, {@code tracking} is null and every hook
 * returns at once.
 */
public final class OkHttpHooks {

    private static volatile OkHttpTracking tracking;

    private OkHttpHooks() {
    }

    /** Wires the hooks to the tracker; called once by the agent at start. */
    public static void install(OkHttpTracking okhttpTracking) {
        tracking = okhttpTracking;
    }
}
