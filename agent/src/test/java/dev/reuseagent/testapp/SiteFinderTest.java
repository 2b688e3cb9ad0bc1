package dev.reuseagent.testapp;

import dev.reuseagent.client.SliceFixtures;
import dev.reuseagent.track.SiteFinder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Lives outside dev.reuseagent.track on purpose: the agent's own packages are skipped by SiteFinder, and this
 * class plays the application whose line is wanted.
 */
class SiteFinderTest {

    /** Plays an HTTP client library helper between the application line and the agent. */
    static final class Http {
        static int lastLine;

        static String call(SiteFinder finder) {
            String site = finder.find(); lastLine = line();
            return site;
        }
    }

    private static int line() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).get().getLineNumber();
    }

    @Test
    void findsTheCallingTestMethodWithFileAndLine() {
        SiteFinder finder = new SiteFinder(true, List.of(), List.of());
        String site = finder.find(); int line = line();
        assertEquals("dev.reuseagent.testapp.SiteFinderTest.findsTheCallingTestMethodWithFileAndLine"
                + "(SiteFinderTest.java:" + line + ")", site);
    }

    @Test
    void disabledFindsNothing() {
        assertNull(new SiteFinder(false, List.of(), List.of()).find());
    }

    @Test
    void nearestNonExcludedFrameWins() {
        String site = Http.call(new SiteFinder(true, List.of(), List.of()));
        assertEquals("dev.reuseagent.testapp.SiteFinderTest$Http.call(SiteFinderTest.java:" + Http.lastLine + ")", site);
    }

    @Test
    void extraExcludesSkipAPrefix() {
        SiteFinder finder = new SiteFinder(true, List.of(), List.of("dev.reuseagent.testapp.SiteFinderTest$Http"));
        String site = Http.call(finder); int line = line();
        assertEquals("dev.reuseagent.testapp.SiteFinderTest.extraExcludesSkipAPrefix(SiteFinderTest.java:" + line
                + ")", site);
    }

    @Test
    void framesOfARelocatedClientAreSkipped() {
        SiteFinder finder = new SiteFinder(true, SliceFixtures.libraryPackages(), List.of());
        String site = dev.reuseagent.testapp.vendor.org.apache.http.VendoredHttpClient.execute(finder); int line = line();
        assertEquals("dev.reuseagent.testapp.SiteFinderTest.framesOfARelocatedClientAreSkipped(SiteFinderTest.java:"
                + line + ")", site);
    }

    /** Plays a declarative client's interface (Feign, Retrofit): package-private, so its proxy is defined here. */
    interface Api {
        String fetch();
    }

    /** Plays the framework behind the proxy (Feign's invocation handler); skipped through extraExcludes. */
    static final class Framework implements java.lang.reflect.InvocationHandler {
        private final SiteFinder finder;

        Framework(SiteFinder finder) {
            this.finder = finder;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) {
            return finder.find();
        }
    }

    @Test
    void theJdkProxyOfANonPublicInterfaceIsNotTheSite() {
        SiteFinder finder = new SiteFinder(true, List.of(), List.of("dev.reuseagent.testapp.SiteFinderTest$Framework"));
        Api api = (Api) java.lang.reflect.Proxy.newProxyInstance(Api.class.getClassLoader(), new Class<?>[] {Api.class},
                new Framework(finder));
        assertEquals("dev.reuseagent.testapp.$Proxy", api.getClass().getName().replaceAll("[0-9]+$", ""));
        String site = api.fetch(); int line = line();
        assertEquals("dev.reuseagent.testapp.SiteFinderTest.theJdkProxyOfANonPublicInterfaceIsNotTheSite"
                + "(SiteFinderTest.java:" + line + ")", site);
    }

    @Test
    void anApplicationPackageNamedKotlinIsNotMistakenForARelocatedLibrary() {
        String site = dev.reuseagent.testapp.kotlin.KotlinNamedApp.fetch(new SiteFinder(true, List.of(), List.of()));
        assertEquals("dev.reuseagent.testapp.kotlin.KotlinNamedApp.fetch(KotlinNamedApp.java:"
                + dev.reuseagent.testapp.kotlin.KotlinNamedApp.lastLine + ")", site);
    }
}
