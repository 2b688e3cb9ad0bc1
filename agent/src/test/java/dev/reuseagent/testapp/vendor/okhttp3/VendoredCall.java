package dev.reuseagent.testapp.vendor.okhttp3;

import dev.reuseagent.track.SiteFinder;

/** Plays a relocated OkHttp, called by the relocated Apache client above it: both are library frames. */
public final class VendoredCall {

    private VendoredCall() {
    }

    public static String connect(SiteFinder finder) {
        return finder.find();
    }
}
