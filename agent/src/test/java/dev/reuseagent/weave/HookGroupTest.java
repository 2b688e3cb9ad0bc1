package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.BadAdvice;
import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.Plain;
import dev.reuseagent.weave.fixture.PlainApi;
import dev.reuseagent.weave.fixture.ReturnAdvice;
import dev.reuseagent.weave.fixture.Shapes;
import dev.reuseagent.weave.fixture.ShapesApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client's hooks are woven all or nothing per class loader: one target that does not match its hooks (a library
 * version the client half understands) keeps every class of the client unwoven in that loader, with one report.
 */
class HookGroupTest {

    private static final String SHAPES = Shapes.class.getName().replace('.', '/');
    private static final String PLAIN = Plain.class.getName().replace('.', '/');
    /** The test classes' own loader: it has the fixtures' class files as resources. */
    private static final ClassLoader LOADER = HookGroupTest.class.getClassLoader();

    private final List<String> stoodDown = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @BeforeEach
    void clear() {
        Calls.clear();
    }

    private Weaver weaver(HookGroup group) throws NoSuchMethodException {
        return Weaving.groupWeaver(group, failed, stoodDown, new ArrayList<>());
    }

    private static byte[] load(Weaver weaver, ClassLoader loader, String internalName) {
        return weaver.transform(loader, internalName, null, null, Weaving.classFile(internalName));
    }

    private static Hook shapesAdd() {
        return new Hook(SHAPES.replace('/', '.'), named("add"), ReturnAdvice.I.class);
    }

    private static Hook plainSum() {
        return new Hook(PLAIN.replace('/', '.'), named("sumTo"), ReturnAdvice.I.class);
    }

    @Test
    void whenEveryTargetMatchesEveryClassIsWovenAndWorks() throws Exception {
        Weaver weaver = weaver(new HookGroup("client", List.of(shapesAdd(), plainSum())));

        byte[] shapes = load(weaver, LOADER, SHAPES);
        byte[] plain = load(weaver, LOADER, PLAIN);

        assertNotNull(shapes);
        assertNotNull(plain);
        assertEquals(List.of(), stoodDown);
        assertEquals(List.of(), failed);
        ShapesApi woven = (ShapesApi) Weaving.define(SHAPES.replace('/', '.'), shapes)
                .getConstructor(int.class, String.class).newInstance(1, "x");
        PlainApi wovenPlain = (PlainApi) Weaving.define(PLAIN.replace('/', '.'), plain)
                .getConstructor(int.class).newInstance(0);
        assertEquals(5, woven.add(2, 3));
        assertEquals(6, wovenPlain.sumTo(3));
        assertEquals(List.of(List.of("return", 5), List.of("return", 6)), Calls.all());
    }

    @Test
    void aMismatchedTargetKeepsTheWholeClientUnwovenInThatLoaderWithOneReport() throws Exception {
        // Plain declares no field "nope": the second class of the client does not match its hook.
        Hook mismatched = new Hook(PLAIN.replace('/', '.'), named("sumTo"), BadAdvice.MissingField.class);
        Weaver weaver = weaver(new HookGroup("client", List.of(shapesAdd(), mismatched)));

        // The first class of the client to load is the one that matches: it is not woven either.
        assertNull(load(weaver, LOADER, SHAPES));
        assertNull(load(weaver, LOADER, PLAIN));

        assertEquals(1, stoodDown.size(), stoodDown.toString());
        String report = stoodDown.get(0);
        assertTrue(report.startsWith("client in test loader: " + PLAIN.replace('/', '.') + ": hook "), report);
        assertTrue(report.contains("no field nope is declared by"), report);
        assertEquals(List.of(), failed, "no per-class warning besides the one report");
        assertTrue(!weaver.isTransformed(SHAPES.replace('/', '.')));
    }

    @Test
    void aRequiredHookThatMatchesNoMethodMakesTheClientStandDown() throws Exception {
        Hook renamed = new Hook(PLAIN.replace('/', '.'), named("sumToRenamed"), ReturnAdvice.I.class);
        Weaver weaver = weaver(new HookGroup("client", List.of(shapesAdd(), plainSum(), renamed)));

        assertNull(load(weaver, LOADER, SHAPES));

        assertEquals(List.of("client in test loader: no method of " + PLAIN.replace('/', '.') + " matches "
                + renamed.methods()), stoodDown);
    }

    @Test
    void anOptionalHookThatMatchesNoMethodOrClassIsNoProblem() throws Exception {
        Hook newerMethod = new Hook(PLAIN.replace('/', '.'), named("closeAddedLater"), ReturnAdvice.I.class).optional();
        Hook newerClass = new Hook("no.such.Target", named("run"), ReturnAdvice.I.class).optional();
        Weaver weaver = weaver(new HookGroup("client", List.of(shapesAdd(), plainSum(), newerMethod, newerClass)));

        assertNotNull(load(weaver, LOADER, SHAPES));
        assertNotNull(load(weaver, LOADER, PLAIN));

        assertEquals(List.of(), stoodDown);
        assertEquals(List.of(), failed);
    }

    @Test
    void aRequiredClassTheLoaderDoesNotHaveMakesTheClientStandDown() throws Exception {
        Hook absent = new Hook("no.such.Target", named("run"), ReturnAdvice.I.class);
        Weaver weaver = weaver(new HookGroup("client", List.of(shapesAdd(), absent)));

        assertNull(load(weaver, LOADER, SHAPES));

        assertEquals(List.of("client in test loader: class no.such.Target not found"), stoodDown);
    }

    @Test
    void versionSpecificHooksNeedOneVersionComplete() throws Exception {
        Hook onlyInOne = shapesAdd().onlyIn("1.x");
        Hook otherVersion = new Hook(PLAIN.replace('/', '.'), named("sumToV2"), ReturnAdvice.I.class).onlyIn("2.x");
        Hook otherClass = new Hook("no.such.V2Class", named("run"), ReturnAdvice.I.class).onlyIn("2.x");
        Weaver applies = weaver(new HookGroup("client", List.of(plainSum(), onlyInOne, otherVersion, otherClass)));

        assertNotNull(load(applies, LOADER, SHAPES));
        assertNotNull(load(applies, LOADER, PLAIN));
        assertEquals(List.of(), stoodDown);

        Hook brokenOne = new Hook(SHAPES.replace('/', '.'), named("addRenamed"), ReturnAdvice.I.class).onlyIn("1.x");
        Weaver standsDown = weaver(new HookGroup("client", List.of(plainSum(), onlyInOne, brokenOne, otherVersion)));

        assertNull(load(standsDown, LOADER, PLAIN));
        assertEquals(List.of("client in test loader: the version-specific hooks of no supported version all apply "
                + "(1.x: 1 of 2, 2.x: 0 of 1)"), stoodDown);
    }

    @Test
    void aVersionSpecificHookThatCannotBindOnlyDoesNotApplyWhenAnotherVersionIsComplete() throws Exception {
        // The shape of OkHttp 3.x vs 4.x: the same method, a field named otherwise; one hook per version.
        Hook boundInOne = plainSum().onlyIn("1.x");
        Hook notBindingHere = new Hook(PLAIN.replace('/', '.'), named("sumTo"), BadAdvice.MissingField.class)
                .onlyIn("2.x");
        Weaver applies = weaver(new HookGroup("client", List.of(shapesAdd(), boundInOne, notBindingHere)));

        assertNotNull(load(applies, LOADER, PLAIN));
        assertEquals(List.of(), stoodDown);

        // A deliberately mismatched version: no version complete, so the client stands down and says why.
        Hook alsoNotBinding = new Hook(SHAPES.replace('/', '.'), named("add"), BadAdvice.MissingField.class)
                .onlyIn("1.x");
        Weaver standsDown = weaver(new HookGroup("client", List.of(plainSum(), alsoNotBinding, notBindingHere)));

        assertNull(load(standsDown, LOADER, PLAIN));
        assertEquals(1, stoodDown.size(), stoodDown.toString());
        String report = stoodDown.get(0);
        assertTrue(report.startsWith("client in test loader: the version-specific hooks of no supported version all "
                + "apply (1.x: 0 of 1, 2.x: 0 of 1) (and 2 more problems)"), report);
    }

    @Test
    void aHookMarkedWithTwoVersionsCountsForBoth() throws Exception {
        Hook inBoth = plainSum().onlyIn("1.x", "2.x");
        Hook onlyTwo = new Hook(SHAPES.replace('/', '.'), named("addRenamed"), ReturnAdvice.I.class).onlyIn("2.x");
        Weaver applies = weaver(new HookGroup("client", List.of(shapesAdd(), inBoth, onlyTwo)));

        assertNotNull(load(applies, LOADER, PLAIN), "1.x is complete with the shared hook alone");
        assertEquals(List.of(), stoodDown);
        assertTrue(inBoth.toString().endsWith(" (only in 1.x, 2.x)"), inBoth.toString());
    }

    @Test
    void eachLoaderIsJudgedOnItsOwn() throws Exception {
        Weaver weaver = weaver(new HookGroup("client", List.of(shapesAdd(), plainSum())));
        // A loader with another version of the library: here, one without the class Plain.
        ClassLoader other = new ClassLoader(LOADER) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.equals(PLAIN + ".class") ? null : super.getResourceAsStream(name);
            }

            @Override
            public String toString() {
                return "other loader";
            }
        };

        assertNull(load(weaver, other, SHAPES));
        assertNotNull(load(weaver, LOADER, SHAPES));
        assertNull(load(weaver, other, SHAPES), "decided once per loader");

        assertEquals(List.of("client in other loader: class " + PLAIN.replace('/', '.') + " not found"), stoodDown);
    }

    @Test
    void aClassLoadedWithOtherBytesThanItsResourceIsCheckedAgainAndStandsTheClientDownFromThen() throws Exception {
        Weaver weaver = weaver(new HookGroup("client", List.of(shapesAdd(), plainSum())));
        assertNotNull(load(weaver, LOADER, SHAPES));

        // Plain arrives changed (by another agent, say) so that its hook no longer matches: a class without sumTo.
        byte[] changed = Weaving.classFile(Calls.class.getName().replace('.', '/'));
        assertNull(weaver.transform(LOADER, PLAIN, null, null, changed));
        assertNull(load(weaver, LOADER, PLAIN), "no class of the client is woven there from then on");

        assertEquals(1, stoodDown.size(), stoodDown.toString());
        assertTrue(stoodDown.get(0).startsWith("client in test loader: no method of " + PLAIN.replace('/', '.')
                + " matches "), stoodDown.get(0));
        assertTrue(stoodDown.get(0).endsWith("found only when this class loaded, after others of the client were "
                + "woven there"), stoodDown.get(0));
    }
}
