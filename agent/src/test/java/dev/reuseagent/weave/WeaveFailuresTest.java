package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.BadAdvice;
import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.EnterExitAdvice;
import dev.reuseagent.weave.fixture.Errors;
import dev.reuseagent.weave.fixture.FailingAdvice;
import dev.reuseagent.weave.fixture.ReturnAdvice;
import dev.reuseagent.weave.fixture.Shapes;
import dev.reuseagent.weave.fixture.ShapesApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArguments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Advice that throws, hooks that cannot be bound or match nothing, classes that cannot be woven. */
class WeaveFailuresTest {

    private static final String SHAPES = Shapes.class.getName();
    private static final String SHAPES_INTERNAL = SHAPES.replace('.', '/');

    @BeforeEach
    void clear() {
        Calls.clear();
    }

    private static ShapesApi define(Weaving.Woven woven) throws ReflectiveOperationException {
        Weaving.verify(woven.bytes);
        return (ShapesApi) woven.define().getConstructor(int.class, String.class).newInstance(1, "first");
    }

    @Test
    void whatAdviceThrowsGoesToTheErrorMethodOnceAndTheMethodReturnsNormally() throws Exception {
        ShapesApi shapes = define(Weaving.weave(Shapes.class, new Hook(SHAPES, named("add"), FailingAdvice.Both.class),
                new Hook(SHAPES, named("greet"), FailingAdvice.ObjectEnter.class)));

        assertEquals(5, shapes.add(2, 3));
        assertEquals("hello x", shapes.greet("x"));

        assertEquals(List.of(List.of("failing-exit", 0L, 5), Arrays.asList("object-exit", (Object) null)),
                Calls.all(), "a failed enter advice yields the default value");
        List<Throwable> errors = Errors.seen();
        assertEquals(3, errors.size(), errors.toString());
        assertInstanceOf(NoClassDefFoundError.class, errors.get(0));
        assertInstanceOf(StackOverflowError.class, errors.get(1));
        assertInstanceOf(IllegalStateException.class, errors.get(2));
    }

    @Test
    void anErrorMethodThatThrowsDoesNotReachTheHostEither() throws Exception {
        ShapesApi shapes = define(Weaving.weave(Shapes.class, new Hook(SHAPES, named("add"),
                FailingAdvice.Both.class)));
        Errors.failing(true);

        assertEquals(5, shapes.add(2, 3));
        assertEquals(2, Errors.seen().size());
    }

    @Test
    void unbindableAdviceIsRejectedClearlyAndLeavesItsMethodUntouched() throws Exception {
        Hook good = new Hook(SHAPES, named("add"), EnterExitAdvice.class);
        Hook[] bad = {
            new Hook(SHAPES, named("add"), BadAdvice.WrongPrimitive.class),
            new Hook(SHAPES, named("mix"), BadAdvice.WrongReference.class),
            new Hook(SHAPES, named("twice"), BadAdvice.ThisInStatic.class),
            new Hook(SHAPES, named("greet"), BadAdvice.MissingField.class),
            new Hook(SHAPES, isConstructor().and(takesArguments(int.class, String.class)),
                    BadAdvice.ThisInConstructorEnter.class),
            new Hook(SHAPES, isConstructor().and(takesArguments(String.class)), BadAdvice.ConstructorOnThrowable.class),
            new Hook(SHAPES, named("half"), BadAdvice.NoSuchArgument.class),
            new Hook(SHAPES, named("nothing"), BadAdvice.ReturnOfVoid.class),
        };
        List<Hook> hooks = new ArrayList<>(List.of(bad));
        hooks.add(good);
        Weaving.Woven woven = Weaving.weave(Shapes.class, hooks.toArray(new Hook[0]));

        List<String> expected = List.of(
                "BadAdvice$WrongPrimitive#exit: @Return J cannot be bound: the value is I",
                "BadAdvice$WrongReference#enter: @Argument(3) Ljava/lang/String; cannot be bound: the value is "
                        + "Ljava/lang/Object;",
                "BadAdvice$ThisInStatic#enter: @This Ljava/lang/Object; cannot be bound: the method is static",
                "BadAdvice$MissingField#enter: @FieldValue(\"nope\") Ljava/lang/Object; cannot be bound: no field "
                        + "nope is declared by " + SHAPES + " (superclass fields are not looked up)",
                "BadAdvice$ThisInConstructorEnter#enter: @This Ljava/lang/Object; cannot be bound: constructor "
                        + "enter advice runs before the super call",
                "onThrowable exit advice is not supported on constructors",
                "BadAdvice$NoSuchArgument#enter: @Argument(5) Ljava/lang/Object; cannot be bound: the method takes "
                        + "1 arguments",
                "BadAdvice$ReturnOfVoid#exit: @Return Ljava/lang/Object; cannot be bound: the method returns void");
        assertEquals(expected.size(), woven.failures.size(), woven.failures.toString());
        for (int i = 0; i < expected.size(); i++) {
            String failure = failureOf(woven.failures, bad[i]);
            assertTrue(failure.contains(expected.get(i)), failure);
        }
        assertEquals(Map.of(good, List.of("add(II)I")), woven.methodsByHook);
        assertEquals(List.of(), woven.matchedNothing, "a hook that failed did match");
        assertTrue(woven.weaver.failures().get(SHAPES).contains("cannot be bound"));

        Map<String, byte[]> before = Weaving.methodInfos(woven.original);
        Map<String, byte[]> after = Weaving.methodInfos(woven.bytes);
        for (String method : before.keySet()) {
            if (!method.equals("add(II)I")) {
                assertArrayEquals(before.get(method), after.get(method), method + " was changed");
            }
        }
        assertFalse(Arrays.equals(before.get("add(II)I"), after.get("add(II)I")));
        define(woven);
    }

    /** The one failure reported for this hook (failures come in method order, not hook order). */
    private static String failureOf(List<String> failures, Hook hook) {
        String prefix = "hook " + hook + " on ";
        List<String> found = new ArrayList<>();
        for (String failure : failures) {
            if (failure.startsWith(prefix)) {
                found.add(failure);
            }
        }
        assertEquals(1, found.size(), prefix + " in " + failures);
        return found.get(0);
    }

    @Test
    void hooksThatMatchNothingAreReportedAsSuch() {
        Hook woven = new Hook(SHAPES, named("add"), ReturnAdvice.I.class);
        Hook renamed = new Hook(SHAPES, named("addAll"), ReturnAdvice.I.class);
        Weaving.Woven result = Weaving.weave(Shapes.class, woven, renamed);

        assertEquals(List.of(renamed), result.matchedNothing);
        assertEquals(List.of(), result.failures);
        assertEquals(List.of(woven), new ArrayList<>(result.methodsByHook.keySet()));
    }

    @Test
    void aClassNoHookMatchesStaysUntouchedAndIsReported() {
        Weaving.Woven result = Weaving.weave(Shapes.class, new Hook(SHAPES, named("addAll"), ReturnAdvice.I.class));

        assertNull(result.bytes);
        assertEquals(1, result.failures.size());
        assertTrue(result.failures.get(0).startsWith("no method matched any of its hooks: "), result.failures.get(0));
        assertFalse(result.weaver.isTransformed(SHAPES));
    }

    @Test
    void anAdviceClassWithoutAdviceMethodsFailsItsHook() {
        Weaving.Woven result = Weaving.weave(Shapes.class, new Hook(SHAPES, named("add"), String.class));

        assertNull(result.bytes);
        assertEquals(List.of("hook " + SHAPES + " named(add) -> java.lang.String: advice java.lang.String: "
                + "no @OnMethodEnter or @OnMethodExit method"), result.failures);
    }

    @Test
    void aBrokenClassFileIsReportedAndLoadedUnchanged() {
        byte[] broken = Arrays.copyOf(Weaving.classFile(SHAPES_INTERNAL), 200);
        Weaving.Woven result = Weaving.weave(SHAPES_INTERNAL, broken, new Hook(SHAPES, named("add"),
                ReturnAdvice.I.class));

        assertNull(result.bytes);
        assertEquals(1, result.failures.size());
        assertTrue(result.failures.get(0).startsWith("the class file could not be woven: "), result.failures.get(0));
    }

    @Test
    void otherClassesAreNotTouchedAndAFailingLookupOrListenerBreaksNothing() throws Exception {
        List<String> asked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Hook hook = new Hook(SHAPES, named("add"), ReturnAdvice.I.class);
        WeaveListener throwing = new WeaveListener() {
            @Override
            public void woven(String className, ClassLoader loader, Map<Hook, List<String>> methods,
                    List<Hook> nothing) {
                throw new IllegalStateException("listener");
            }

            @Override
            public void failed(String className, ClassLoader loader, String reason) {
                failures.add(reason);
                throw new IllegalStateException("listener");
            }
        };
        Weaver weaver = new Weaver(name -> {
            asked.add(name);
            if (name.equals("boom")) {
                throw new IllegalStateException("lookup");
            }
            return name.equals(SHAPES_INTERNAL) ? List.of(hook) : null;
        }, Errors.class.getMethod("adviceError", Throwable.class), throwing);

        assertNull(weaver.transform(null, "java/lang/Other", null, null, new byte[0]));
        assertNull(weaver.transform(null, "boom", null, null, new byte[0]));
        assertNull(weaver.transform(null, null, null, null, new byte[0]));
        byte[] woven = weaver.transform(null, SHAPES_INTERNAL, null, null, Weaving.classFile(SHAPES_INTERNAL));

        assertEquals(List.of("java/lang/Other", "boom", SHAPES_INTERNAL), asked);
        assertEquals(List.of("the hook lookup failed: java.lang.IllegalStateException: lookup"), failures);
        Weaving.verify(woven);
        assertTrue(weaver.isTransformed(SHAPES));
    }
}
