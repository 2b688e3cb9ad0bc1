package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.ReturnAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hook moved to a relocated copy of its library ({@link Hook#relocated}): its class name and the library types its
 * matcher reads in descriptors move with the copy, and the group's check decides by the copy's shape, not its name.
 * Fixtures: {@code fixture.lib} is "the library", {@code fixture.shaded.lib} a relocated copy of it (same classes,
 * other package), {@code fixture.fake.lib} a package whose {@code Pool} is shaped otherwise.
 */
class RelocatedHookTest {

    private static final String LIB = "dev/reuseagent/weave/fixture/lib/";
    private static final String SHADED = "dev/reuseagent/weave/fixture/shaded/lib/";
    private static final String FAKE = "dev/reuseagent/weave/fixture/fake/lib/";
    private static final ClassLoader LOADER = RelocatedHookTest.class.getClassLoader();

    private final List<String> failed = new ArrayList<>();
    private final List<String> stoodDown = new ArrayList<>();
    /** Relocated copies recognised, and when the group ran its {@code recognised} task. */
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void clear() {
        Calls.clear();
    }

    /** The library's hook: Pool#lease(Route), Route being a library type. */
    private static Hook lease() {
        return new Hook("dev.reuseagent.weave.fixture.lib.Pool",
                named("lease").and(takesArgument(0, "dev.reuseagent.weave.fixture.lib.Route")), ReturnAdvice.I.class);
    }

    private Weaver weaver(HookGroup group) throws NoSuchMethodException {
        return Weaving.groupWeaver(group, failed, stoodDown, heard);
    }

    @Test
    void theMovedHookNamesTheCopysClassAndKeepsItsAdviceAndVersions() {
        Hook moved = lease().onlyIn("4.x").relocated(LIB, SHADED);

        assertEquals("dev.reuseagent.weave.fixture.shaded.lib.Pool", moved.className());
        assertEquals(SHADED + "Pool", moved.internalName());
        assertEquals(ReturnAdvice.I.class, moved.advice());
        assertEquals(List.of("4.x"), moved.versions());
        // The matcher sees the copy's descriptors with the library's package back.
        assertTrue(moved.methods().matches(1, "lease", "(L" + SHADED + "Route;)I"));
        assertTrue(!moved.methods().matches(1, "lease", "(L" + FAKE + "Route;)I"));
        assertTrue(!moved.methods().matches(1, "lease", "(I)I"));
    }

    @Test
    void aCopyWithTheLibrarysShapeIsWovenAndHeardOnceBeforeItsFirstClassIsWoven() throws Exception {
        List<String> ran = new ArrayList<>();
        HookGroup group = new HookGroup("client", List.of(lease().relocated(LIB, SHADED)),
                Map.of("a.lib.", "a.shaded.lib."), new Recorder(ran, heard));
        Weaver weaver = weaver(group);

        byte[] woven = weaver.transform(LOADER, SHADED + "Pool", null, null, Weaving.classFile(SHADED + "Pool"));

        assertNotNull(woven, stoodDown + " " + failed);
        assertEquals(List.of("recognised", "client: {a.lib.=a.shaded.lib.}"), heard);
        assertEquals(List.of(), stoodDown);
        assertEquals(List.of(), failed);
        Class<?> pool = Weaving.define("dev.reuseagent.weave.fixture.shaded.lib.Pool", woven);
        Object result = pool.getMethod("lease", dev.reuseagent.weave.fixture.shaded.lib.Route.class)
                .invoke(pool.getConstructor().newInstance(), new dev.reuseagent.weave.fixture.shaded.lib.Route(8443));
        assertEquals(8443, result);
        assertEquals(List.of(List.of("return", 8443)), Calls.all());
        assertEquals(List.of("recognised"), ran);
    }

    @Test
    void aClassNamedLikeACopyButShapedOtherwiseStandsDownNamingTheCopy() throws Exception {
        List<String> ran = new ArrayList<>();
        HookGroup group = new HookGroup("client", List.of(lease().relocated(LIB, FAKE)),
                Map.of("dev.reuseagent.weave.fixture.lib.", "dev.reuseagent.weave.fixture.fake.lib."),
                new Recorder(ran, heard));

        assertNull(weaver(group).transform(LOADER, FAKE + "Pool", null, null, Weaving.classFile(FAKE + "Pool")));

        assertEquals(1, stoodDown.size(), stoodDown.toString());
        assertTrue(stoodDown.get(0).startsWith("client relocated to dev.reuseagent.weave.fixture.fake.lib. in test "
                + "loader: no method of dev.reuseagent.weave.fixture.fake.lib.Pool matches named(lease)"),
                stoodDown.get(0));
        assertEquals(List.of(), heard);
        assertEquals(List.of(), ran, "a copy that stands down is not recognised");
    }

    @Test
    void withoutTheMovedMatcherTheCopyWouldNotMatch() throws Exception {
        // The library's hook with only its class renamed: the argument type still names the library's package.
        Hook renamedOnly = new Hook("dev.reuseagent.weave.fixture.shaded.lib.Pool", lease().methods(),
                ReturnAdvice.I.class);
        HookGroup group = new HookGroup("client", List.of(renamedOnly));

        assertNull(weaver(group).transform(LOADER, SHADED + "Pool", null, null, Weaving.classFile(SHADED + "Pool")));
        assertEquals(1, stoodDown.size(), stoodDown.toString());
    }

    /** Records that the group ran it; a class, not a lambda, like the agent's own code. */
    private static final class Recorder implements Runnable {
        private final List<String> ran;
        private final List<String> heard;

        Recorder(List<String> ran, List<String> heard) {
            this.ran = ran;
            this.heard = heard;
        }

        @Override
        public void run() {
            ran.add("recognised");
            heard.add("recognised");
        }
    }
}
