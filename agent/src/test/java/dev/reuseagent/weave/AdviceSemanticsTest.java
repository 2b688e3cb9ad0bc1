package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.ArgumentsAdvice;
import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.EnterExitAdvice;
import dev.reuseagent.weave.fixture.EnterOnlyAdvice;
import dev.reuseagent.weave.fixture.FieldAdvice;
import dev.reuseagent.weave.fixture.NormalExitAdvice;
import dev.reuseagent.weave.fixture.OrderAdvice;
import dev.reuseagent.weave.fixture.ReturnAdvice;
import dev.reuseagent.weave.fixture.Shapes;
import dev.reuseagent.weave.fixture.ShapesApi;
import dev.reuseagent.weave.fixture.StaticAdvice;
import dev.reuseagent.weave.fixture.ThrownAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArguments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What woven advice receives, and that the instrumented methods still behave as before. */
class AdviceSemanticsTest {

    private static final String SHAPES = Shapes.class.getName();

    @BeforeEach
    void clear() {
        Calls.clear();
    }

    private static ShapesApi wovenShapes(Hook... hooks) throws ReflectiveOperationException {
        Weaving.Woven woven = Weaving.weave(Shapes.class, hooks);
        assertEquals(List.of(), woven.failures);
        Weaving.verify(woven.bytes);
        Class<?> type = woven.define();
        return (ShapesApi) type.getConstructor(int.class, String.class).newInstance(1, "first");
    }

    private static Hook hook(String method, Class<?> advice) {
        return new Hook(SHAPES, named(method), advice);
    }

    @Test
    void enterAndExitSeeThisArgumentsTheEnterValueAndTheReturnValue() throws Exception {
        ShapesApi shapes = wovenShapes(hook("add", EnterExitAdvice.class));

        assertEquals(7, shapes.add(3, 4));

        assertEquals(List.of(List.of("enter", shapes, 3), Arrays.asList("exit", shapes, 3, 3000L, 7, null)),
                Calls.all());
    }

    @Test
    void exitAdviceReceivesEveryKindOfReturnValue() throws Exception {
        ShapesApi shapes = wovenShapes(hook("isPositive", ReturnAdvice.Z.class), hook("asByte", ReturnAdvice.B.class),
                hook("asChar", ReturnAdvice.C.class), hook("asShort", ReturnAdvice.S.class),
                hook("add", ReturnAdvice.I.class), hook("half", ReturnAdvice.F.class),
                hook("mix", ReturnAdvice.D.class), hook("greet", ReturnAdvice.Ref.class),
                hook("greet", ReturnAdvice.Exact.class), hook("pair", ReturnAdvice.Ref.class));

        assertTrue(shapes.isPositive(2));
        assertEquals((byte) -1, shapes.asByte(255));
        assertEquals('A', shapes.asChar(65));
        assertEquals((short) 7, shapes.asShort(7));
        assertEquals(5, shapes.add(2, 3));
        assertEquals(1.25f, shapes.half(2.5f));
        assertEquals(10.5, shapes.mix(4L, 5, 0.5, "x"));
        assertEquals("hello you", shapes.greet("you"));
        int[] pair = shapes.pair(9);
        assertArrayEquals(new int[] {9, 9}, pair);

        List<List<Object>> calls = Calls.all();
        assertEquals(List.of(List.of("return", true), List.of("return", (byte) -1), List.of("return", 'A'),
                List.of("return", (short) 7), List.of("return", 5), List.of("return", 1.25f),
                List.of("return", 10.5), List.of("return", "hello you"), List.of("return", "hello you")),
                calls.subList(0, 9));
        assertSame(pair, calls.get(9).get(1));
    }

    @Test
    void exitAdviceSeesArgumentsAsTheyWereAtEntry() throws Exception {
        ShapesApi shapes = wovenShapes(hook("reassign", ArgumentsAdvice.class));

        assertEquals("a!63.0", shapes.reassign("a", 5L, 1.5));

        assertEquals(List.of(List.of("enter", "a", 5L, 1.5), List.of("exit", "a", 5L, 1.5, "a!63.0")), Calls.all());
    }

    @Test
    void staticMethodsWithTwoSlotValuesAndStaticFields() throws Exception {
        Weaving.Woven woven = Weaving.weave(Shapes.class, hook("twice", StaticAdvice.class));
        Weaving.verify(woven.bytes);
        Class<?> type = woven.define();
        type.getField("created").setInt(null, 3);

        assertEquals(42L, type.getMethod("twice", long.class).invoke(null, 21L));

        assertEquals(List.of(List.of("enter", 21L, 3), Arrays.asList("exit", 21L, 22L, 42L, null)), Calls.all());
    }

    @Test
    void theThrowableReachesOnThrowableExitAdviceAndIsRethrownUnchanged() throws Exception {
        ShapesApi shapes = wovenShapes(hook("alwaysThrows", NormalExitAdvice.class),
                hook("alwaysThrows", ThrownAdvice.class));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> shapes.alwaysThrows("boom"));

        assertEquals("boom", thrown.getMessage());
        assertEquals(List.of(List.of("normal-enter", shapes), List.of("thrown-exit", shapes, thrown)), Calls.all());
        assertSame(thrown, Calls.only("thrown-exit").get(2));
    }

    @Test
    void aMethodThatOnlyThrowsGetsNoUnreachableExitBlock() throws Exception {
        Weaving.Woven woven = Weaving.weave(Shapes.class, hook("alwaysThrows", NormalExitAdvice.class));
        ClassNode node = new ClassNode();
        new ClassReader(woven.bytes).accept(node, 0);
        List<String> calls = new ArrayList<>();
        for (MethodNode method : node.methods) {
            if (method.name.equals("alwaysThrows")) {
                method.instructions.forEach(instruction -> {
                    if (instruction instanceof MethodInsnNode call) {
                        calls.add(call.name);
                    }
                });
            }
        }
        ShapesApi shapes = wovenShapes(hook("alwaysThrows", NormalExitAdvice.class));

        assertThrows(IllegalStateException.class, () -> shapes.alwaysThrows("x"));

        assertEquals(List.of("enter", "adviceError", "<init>"), calls, "dead code is verified too: none is written");
        assertEquals(List.of(List.of("normal-enter", shapes)), Calls.all());
    }

    @Test
    void returnsOnEveryPathOfLoopsBranchesTryFinallyAndSynchronizedCode() throws Exception {
        Hook[] hooks = new Hook[6];
        String[] methods = {"countdown", "sumTo", "tryFinally", "synced", "syncBlock", "branches"};
        for (int i = 0; i < methods.length; i++) {
            hooks[i] = hook(methods[i], EnterExitAdvice.class);
        }
        ShapesApi shapes = wovenShapes(hooks);

        assertEquals(0, shapes.countdown(3));
        assertEquals(10, shapes.sumTo(4));
        assertEquals(10, shapes.tryFinally(5));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> shapes.tryFinally(-1));
        assertEquals(2, shapes.counter(), "the finally block ran on both paths");
        assertEquals(4, shapes.synced(3));
        assertEquals(5, shapes.syncBlock(3));
        assertThrows(IllegalStateException.class, () -> shapes.syncBlock(-1));
        assertEquals(List.of(10, 11, 12, 99, -1),
                List.of(shapes.branches(0), shapes.branches(1), shapes.branches(2), shapes.branches(5),
                        shapes.branches(-5)));

        List<Object> exits = new ArrayList<>();
        for (List<Object> call : Calls.all()) {
            if (call.get(0).equals("exit")) {
                exits.add(call.get(4));
            }
        }
        assertEquals(List.of(0, 10, 10, 0, 4, 5, 0, 10, 11, 12, 99, -1), exits, "return values, 0 when thrown");
        assertSame(negative, Calls.all().get(7).get(5));
    }

    @Test
    void enterAdviceAloneLeavesReturnsAndWorksBeforeALoopHead() throws Exception {
        ShapesApi shapes = wovenShapes(hook("countdown", EnterOnlyAdvice.class));

        assertEquals(0, shapes.countdown(2));

        assertEquals(List.of(List.of("enter-only", shapes, 2)), Calls.all());
    }

    @Test
    void fieldValuesAreReadWhenTheAdviceRuns() throws Exception {
        ShapesApi shapes = wovenShapes(hook("nothing", FieldAdvice.class));
        int created = Shapes.created;

        shapes.nothing();

        List<Object> enter = Calls.only("enter");
        assertEquals(List.of("enter", "first", 7L, 0), enter.subList(0, 4));
        assertEquals(List.of("exit", 1, "first"), Calls.only("exit"));
        assertEquals(created, Shapes.created, "the woven copy has its own static field");
    }

    @Test
    void severalHooksOnOneMethodNestLikeTryBlocks() throws Exception {
        ShapesApi shapes = wovenShapes(hook("add", OrderAdvice.First.class), hook("add", OrderAdvice.Second.class),
                hook("alwaysThrows", OrderAdvice.First.class), hook("alwaysThrows", OrderAdvice.Second.class));

        shapes.add(1, 1);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> shapes.alwaysThrows("x"));

        assertEquals(List.of(List.of("first-enter"), List.of("second-enter"), List.of("second-exit", "two"),
                Arrays.asList("first-exit", 1, null), List.of("first-enter"), List.of("second-enter"),
                List.of("first-exit", 1, thrown)), Calls.all());
    }

    @Test
    void methodsAreNamedInTheWovenReport() throws Exception {
        Hook add = new Hook(SHAPES, named("add").and(takesArguments(int.class, int.class)), EnterExitAdvice.class);
        Weaving.Woven woven = Weaving.weave(Shapes.class, add);

        assertEquals(List.of("add(II)I"), woven.methodsByHook.get(add));
        assertTrue(woven.weaver.isTransformed(SHAPES));
    }
}
