package dev.reuseagent.track;

import dev.reuseagent.client.SliceFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which class names {@link SiteFinder} treats as library code (the walk itself is in testapp.SiteFinderTest). */
class SiteFinderExcludesTest {

    private static final List<String> LIBRARIES = SliceFixtures.libraryPackages();

    private final SiteFinder finder = new SiteFinder(true, LIBRARIES, List.of());

    @Test
    void theJdkTheAgentAndTheLibrariesUnderTheirOwnNames() {
        for (String name : new String[] {"java.net.Socket", "sun.nio.ch.Net", "jdk.internal.net.http.HttpClientImpl",
                "dev.reuseagent.transport.TransportTracker", "okhttp3.internal.connection.RealCall", "okio.Okio",
                "org.apache.http.impl.execchain.MainClientExec", "org.apache.hc.client5.http.impl.classic.ConnectExec",
                "org.apache.commons.logging.impl.Jdk14Logger", "kotlin.io.CloseableKt",
                "kotlinx.coroutines.DispatchedTask"}) {
            assertTrue(finder.excluded(name), name);
        }
    }

    @Test
    void librariesAfterARelocationPrefix() {
        for (String name : new String[] {
                "com.acme.vendor.shaded.org.apache.http.impl.execchain.MainClientExec",
                "com.acme.vendor.shaded.org.apache.commons.logging.impl.Jdk14Logger",
                "io.product.shaded.org.apache.hc.client5.http.impl.classic.InternalHttpClient",
                "shadow.okhttp3.internal.connection.RealCall", "com.acme.deps.okio.RealBufferedSource",
                "com.acme.deps.kotlin.coroutines.jvm.internal.BaseContinuationImpl",
                "com.acme.deps.kotlinx.coroutines.DispatchedTask"}) {
            assertTrue(finder.excluded(name), name);
        }
    }

    @Test
    void applicationCode() {
        for (String name : new String[] {"com.acme.billing.Export", "dev.reuseagent.samples.vendored.VendoredPatterns",
                "com.acme.kotlin.Export", "com.acme.http.Client", "org.apache.httpd.Config", "com.okhttp3app.Main",
                "javafx.App", "sunrise.Main"}) {
            assertFalse(finder.excluded(name), name);
        }
    }

    @Test
    void siteExcludeNamesARelocationThatDroppedTheLibraryPackage() {
        SiteFinder withOption = new SiteFinder(true, LIBRARIES, List.of("com.acme.http."));
        assertTrue(withOption.excluded("com.acme.http.impl.execchain.MainClientExec"));
        assertFalse(finder.excluded("com.acme.http.impl.execchain.MainClientExec"));
    }
}
