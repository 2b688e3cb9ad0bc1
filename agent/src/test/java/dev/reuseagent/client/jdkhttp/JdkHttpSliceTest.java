package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.SliceContext;
import dev.reuseagent.config.DrainBound;
import dev.reuseagent.config.PoolSize;
import dev.reuseagent.enforce.Enforcement;
import dev.reuseagent.track.AgentCounters;
import dev.reuseagent.track.ConnectionTracker;
import dev.reuseagent.track.HostFilter;
import dev.reuseagent.track.RecordingSink;
import dev.reuseagent.track.SiteFinder;
import dev.reuseagent.transport.TransportTracker;
import dev.reuseagent.weave.Hook;
import dev.reuseagent.weave.WeaveListener;
import dev.reuseagent.weave.Weaver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    /** The running JDK's own builder: build() takes the enter advice that skips it and the exit advice, unrefused. */
    @Test
    void theBuildHookWeavesIntoThisJdksBuilder() throws Exception {
        String builder = JdkHttpInstrumentation.BUILDER.replace('.', '/');
        List<Hook> hooks = new ArrayList<>();
        for (Hook hook : JdkHttpInstrumentation.enforcementHooks()) {
            if (hook.internalName().equals(builder)) {
                hooks.add(hook);
            }
        }
        assertEquals(1, hooks.size());
        List<String> failures = new ArrayList<>();
        List<String> woven = new ArrayList<>();
        WeaveListener listener = new WeaveListener() {
            @Override
            public void woven(String className, ClassLoader loader, Map<Hook, List<String>> methodsByHook,
                    List<Hook> nothing) {
                woven.addAll(methodsByHook.get(hooks.get(0)));
            }

            @Override
            public void failed(String className, ClassLoader loader, String reason) {
                failures.add(reason);
            }
        };
        Weaver weaver = new Weaver(name -> name.equals(builder) ? hooks : null,
                AgentCounters.class.getMethod("adviceError", Throwable.class), listener);
        byte[] original;
        try (InputStream in = HttpClient.class.getModule().getResourceAsStream(builder + ".class")) {
            assertNotNull(in);
            original = in.readAllBytes();
        }

        assertNotNull(weaver.transform(null, builder, null, null, original));
        assertEquals(List.of(), failures);
        assertEquals(List.of("build()Ljava/net/http/HttpClient;"), woven);
    }
}
