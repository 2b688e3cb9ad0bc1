package dev.reuseagent.client.apache4;

import dev.reuseagent.client.SliceContext;
import dev.reuseagent.client.apache.TrackingFixture;
import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.weave.Hook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The slice hooks its repair classes exactly when enforcing, and then exactly those it declares. */
class Apache4SliceEnforceTest {

    @AfterEach
    void uninstall() {
        Apache4Hooks.install(null);
        Apache4Hooks.enforce(null);
    }

    private static Set<String> hookedClasses(List<Hook> hooks) {
        Set<String> classes = new TreeSet<>();
        for (Hook hook : hooks) {
            classes.add(hook.className());
        }
        return classes;
    }

    private static SliceContext context(Enforcement enforcement) {
        TrackingFixture f = new TrackingFixture();
        return new SliceContext(f.tracker, f.transport, false, enforcement, null);
    }

    @Test
    void enforcingAddsTheRepairHooksAndOnlyThen() {
        Apache4Slice plain = new Apache4Slice();
        plain.start(context(null));
        assertEquals(new TreeSet<>(plain.hookedClasses()), hookedClasses(plain.hooks()));

        Apache4Slice enforcing = new Apache4Slice();
        enforcing.start(context(new Enforcement(Apache4Slice.NAME, "apache",
                new SiteFinder(false, List.of(), List.of()), DrainBound.DEFAULT, PoolSize.CLIENT_DEFAULT)));
        Set<String> expected = new TreeSet<>(enforcing.hookedClasses());
        expected.addAll(enforcing.enforceHookedClasses());
        assertEquals(expected, hookedClasses(enforcing.hooks()));
        assertEquals(new TreeSet<>(enforcing.enforceHookedClasses()),
                hookedClasses(Apache4Instrumentation.enforceHooks()));
    }
}
