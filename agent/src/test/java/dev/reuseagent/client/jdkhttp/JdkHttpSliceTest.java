package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.SliceContext;
import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportTracker;
import dev.reuseagent.weave.Hook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repairs' hooks are woven only when enforcing, and name exactly the classes the descriptor lists for it. */
class JdkHttpSliceTest {

    @AfterEach
    void unwire() {
        JdkHttpHooks.install(null);
        JdkHttpHooks.installRepairs(null, null);
    }

    private static SliceContext context(Enforcement enforcement) {
        SiteFinder sites = new SiteFinder(true, List.of(), List.of());
        return new SliceContext(new ConnectionTracker(new RecordingSink(false), new HostFilter(List.of(), List.of()),
                100), new TransportTracker(100, sites), false, enforcement, null);
    }

    private static Set<String> classes(List<Hook> hooks) {
        Set<String> names = new TreeSet<>();
        for (Hook hook : hooks) {
            names.add(hook.className());
        }
        return names;
    }

    @Test
    void withoutEnforcementNoRepairIsHooked() {
        JdkHttpSlice slice = new JdkHttpSlice();
        slice.start(context(null));
        assertEquals(new TreeSet<>(slice.hookedClasses()), classes(slice.hooks()));
    }

    @Test
    void enforcingHooksTheRepairsClassesToo() {
        JdkHttpSlice slice = new JdkHttpSlice();
        slice.start(context(new Enforcement("jdkhttp", "jdkhttp", new SiteFinder(true, List.of(), List.of()),
                DrainBound.DEFAULT, PoolSize.CLIENT_DEFAULT)));
        Set<String> expected = new TreeSet<>(slice.hookedClasses());
        expected.addAll(slice.enforceHookedClasses());
        assertEquals(expected, classes(slice.hooks()));
        assertEquals(new TreeSet<>(slice.enforceHookedClasses()), classes(JdkHttpInstrumentation.enforcementHooks()));
        for (String name : slice.enforceHookedClasses()) {
            assertTrue(!slice.hookedClasses().contains(name), name + " is hooked when not enforcing too");
        }
    }
}
