package dev.reuseagent.testapp;

import dev.reuseagent.client.okhttp.OkHttpTracking;

/** Stands in for an application that enqueues an OkHttp call: its frame is the site the agent must find. */
public final class OkHttpApp {

    private OkHttpApp() {
    }

    public static void enqueue(OkHttpTracking hooks, Object call) {
        hooks.enqueued(call);
    }
}
