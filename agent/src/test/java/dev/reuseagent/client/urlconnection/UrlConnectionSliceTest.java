package dev.reuseagent.client.urlconnection;

import dev.reuseagent.client.SliceContext;
import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.EventSink;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportTracker;
import dev.reuseagent.weave.Hook;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The slice's repair hooks exist only while enforcing, and then name exactly its enforce-only classes too. */
class UrlConnectionSliceTest {

    private static SliceContext context(Enforcement enforcement) {
        SiteFinder sites = new SiteFinder(false, List.of(), List.of());
        return new SliceContext(new ConnectionTracker(EventSink.NONE, new HostFilter(List.of(), List.of()), 100,
                System::nanoTime), new TransportTracker(100, sites), false, enforcement, null);
    }

    private static Set<String> hookedClasses(List<Hook> hooks) {
        Set<String> classes = new TreeSet<>();
        for (Hook hook : hooks) {
            classes.add(hook.className());
        }
        return classes;
    }

    @Test
    void withoutEnforcementNoRepairIsHooked() {
        UrlConnectionSlice slice = new UrlConnectionSlice();
        slice.start(context(null));
        assertEquals(new TreeSet<>(slice.hookedClasses()), hookedClasses(slice.hooks()));
        assertEquals(UrlConnectionInstrumentation.hooks().size(), slice.hooks().size());
    }

    @Test
    void enforcingHooksTheRepairsOnTheEnforceOnlyClassesAndDisconnect() {
        UrlConnectionSlice slice = new UrlConnectionSlice();
        slice.start(context(new Enforcement("urlconnection", "urlconnection",
                new SiteFinder(false, List.of(), List.of()), DrainBound.DEFAULT, PoolSize.CLIENT_DEFAULT)));
        Set<String> expected = new TreeSet<>(slice.hookedClasses());
        expected.addAll(slice.enforceHookedClasses());
        assertEquals(expected, hookedClasses(slice.hooks()));
        assertEquals(UrlConnectionInstrumentation.hooks().size() + 3, slice.hooks().size());
    }
}
