package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.SliceContext;
import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.weave.Hook;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The descriptor with and without {@code enforce=okhttp}: the repair's classes are hooked only when enforcing, and
 * then the hooks name exactly the hooked classes plus {@code enforceHookedClasses()} (ClientSlicesTest checks the
 * rest without an enforcement).
 */
class OkHttpSliceTest {

    private static Set<String> classesOf(List<Hook> hooks) {
        Set<String> names = new TreeSet<>();
        for (Hook hook : hooks) {
            names.add(hook.className());
        }
        return names;
    }

    @Test
    void theRepairsHooksAreWovenOnlyWhenEnforcing() {
        OkHttpSlice slice = new OkHttpSlice();
        Enforcement enforcement = new Enforcement("okhttp", "okhttp", new SiteFinder(true, List.of(), List.of()),
                DrainBound.DEFAULT, PoolSize.CLIENT_DEFAULT);
        try {
            slice.start(new SliceContext(null, null, false, null, null));
            assertEquals(new TreeSet<>(slice.hookedClasses()), classesOf(slice.hooks()));

            slice.start(new SliceContext(null, null, false, enforcement, null));
            Set<String> expected = new TreeSet<>(slice.hookedClasses());
            expected.addAll(slice.enforceHookedClasses());
            assertEquals(expected, classesOf(slice.hooks()));
            assertEquals(Set.of("okhttp3.OkHttpClient", "okhttp3.OkHttpClient$Builder"),
                    new TreeSet<>(slice.enforceHookedClasses()));
        } finally {
            OkHttpHooks.install(null, null);
        }
    }
}
