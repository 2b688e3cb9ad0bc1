package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.Errors;
import dev.reuseagent.weave.fixture.Gate;
import dev.reuseagent.weave.fixture.GateApi;
import dev.reuseagent.weave.fixture.ReplaceAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @OnMethodExit(replaceReturn = true)}: what the woven method returns, and when it keeps its own value. */
class ReturnReplacementTest {

    static final String GATE = Gate.class.getName();

    @BeforeEach
    void clear() {
        Calls.clear();
        ReplaceAdvice.IntsAsObject.wrongType = false;
    }

    static Hook hook(String method, Class<?> advice) {
        return new Hook(GATE, named(method), advice);
    }

    /** Weaves Gate with these hooks, checks nothing failed and ASM's verifier passes, defines it (the JVM verifies). */
    static GateApi wovenGate(Hook... hooks) throws ReflectiveOperationException {
        Weaving.Woven woven = Weaving.weave(Gate.class, hooks);
        assertEquals(List.of(), woven.failures);
        Weaving.verify(woven.bytes);
        return (GateApi) woven.define().getConstructor().newInstance();
    }

    @Test
    void primitiveReturnValuesAreReplaced() throws Exception {
        GateApi gate = wovenGate(hook("count", ReplaceAdvice.I.class), hook("total", ReplaceAdvice.J.class),
                hook("allowed", ReplaceAdvice.Z.class));

        assertEquals(40, gate.count(3));
        assertEquals(-12L, gate.total(4L, 3));
        assertTrue(gate.allowed("example.org"));
        assertFalse(gate.allowed("blocked"));

        assertEquals(List.of(List.of("replace", 4), List.of("replace", 3, 12L), List.of("replace", "example.org", true),
                List.of("replace", "blocked", true)), Calls.all(), "@Return receives the original value");
        assertEquals(List.of(), Errors.seen());
    }

    @Test
    void referenceReturnValuesAreReplacedExactlyOrCastFromObject() throws Exception {
        GateApi exact = wovenGate(hook("lookup", ReplaceAdvice.Obj.class), hook("host", ReplaceAdvice.Str.class),
                hook("ports", ReplaceAdvice.Ints.class));

        assertEquals(42, exact.lookup("key"));
        assertEquals("replaced.example.org", exact.host(" example.org "));
        assertArrayEquals(new int[] {500}, exact.ports(5));

        GateApi cast = wovenGate(hook("host", ReplaceAdvice.StrAsObject.class),
                hook("ports", ReplaceAdvice.IntsAsObject.class));

        assertEquals("object.example.org", cast.host("example.org"));
        assertArrayEquals(new int[] {-1}, cast.ports(5));
        assertEquals(List.of(), Errors.seen());
    }

    @Test
    void aValueThatFailsTheCastLeavesTheOriginalAndCountsAsAnAdviceError() throws Exception {
        GateApi gate = wovenGate(hook("host", ReplaceAdvice.WrongType.class),
                hook("ports", ReplaceAdvice.IntsAsObject.class));
        ReplaceAdvice.IntsAsObject.wrongType = true;

        assertEquals("example.org", gate.host("example.org"));
        assertArrayEquals(new int[] {5, 6}, gate.ports(5));

        List<Throwable> errors = Errors.seen();
        assertEquals(2, errors.size(), errors.toString());
        assertInstanceOf(ClassCastException.class, errors.get(0));
        assertInstanceOf(ClassCastException.class, errors.get(1));
    }

    @Test
    void exitAdviceThatThrowsLeavesTheOriginalValue() throws Exception {
        GateApi gate = wovenGate(hook("count", ReplaceAdvice.Throwing.class));

        assertEquals(8, gate.count(7));

        assertEquals(List.of(List.of("replace", 8)), Calls.all());
        assertEquals(1, Errors.seen().size());
        assertEquals("replacement failed", Errors.seen().get(0).getMessage());
    }

    @Test
    void anErrorMethodThatThrowsStillLeavesTheOriginalValue() throws Exception {
        GateApi gate = wovenGate(hook("count", ReplaceAdvice.Throwing.class),
                hook("host", ReplaceAdvice.WrongType.class));
        Errors.failing(true);

        assertEquals(8, gate.count(7));
        assertEquals("x", gate.host("x"));
        assertEquals(2, Errors.seen().size());
    }

    @Test
    void aThrowingMethodRethrowsUnchangedAndTheReplacementIsIgnored() throws Exception {
        GateApi gate = wovenGate(hook("failing", ReplaceAdvice.Observer.class),
                hook("failing", ReplaceAdvice.OnThrowable.class));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> gate.failing("boom"));
        assertEquals("boom", thrown.getMessage());
        assertEquals("replaced", gate.failing(""));

        List<List<Object>> calls = Calls.all();
        assertEquals(List.of(Arrays.asList("replace", null, thrown), Arrays.asList("observed", null, thrown),
                Arrays.asList("replace", "fine", null), Arrays.asList("observed", "replaced", null)), calls,
                "on a throw the outer hook still sees the default return value");
        assertSame(thrown, calls.get(1).get(2));
        assertEquals(List.of(), Errors.seen());
    }

    @Test
    void severalReplacingHooksChainInnermostFirst() throws Exception {
        GateApi gate = wovenGate(hook("count", ReplaceAdvice.Outer.class), hook("count", ReplaceAdvice.I.class));

        assertEquals(31, gate.count(2));

        assertEquals(List.of(List.of("replace", 3), List.of("outer", 30)), Calls.all());
    }
}
