package dev.reuseagent.testapp.vendor.org.apache.http;

import dev.reuseagent.track.SiteFinder;

/** Plays a relocated Apache HttpClient: its package holds the library's after a product's own prefix. */
public final class VendoredHttpClient {

    private VendoredHttpClient() {
    }

    public static String execute(SiteFinder finder) {
        return dev.reuseagent.testapp.vendor.okhttp3.VendoredCall.connect(finder);
    }
}
