package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.Errors;
import dev.reuseagent.weave.fixture.Gate;
import dev.reuseagent.weave.fixture.GateApi;
import dev.reuseagent.weave.fixture.SkipAdvice;
import dev.reuseagent.weave.fixture.SkipValueAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.reuseagent.weave.ReturnReplacementTest.hook;
import static dev.reuseagent.weave.ReturnReplacementTest.wovenGate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@code @OnMethodEnter(skipOnNonNull = true)}: a method's body skipped and the enter value returned, or the body run
 * when the advice returns null, fails, or returns a value of another type.
 */
class SkipWithValueTest {

    @BeforeEach
    void clear() {
        Calls.clear();
        SkipValueAdvice.AsObject.value = null;
    }

    @Test
    void nonNullIsReturnedWithoutTheBodyOrTheExitAdviceNullRunsBoth() throws Exception {
        GateApi gate = wovenGate(hook("host", SkipValueAdvice.Cached.class));

        assertEquals("from-cache", gate.host("cached"));
        assertEquals("example.org", gate.host(" example.org "));

        assertEquals(List.of(List.of("cached-enter", "cached"), List.of("cached-enter", " example.org "),
                Arrays.asList("cached-exit", "example.org", null)), Calls.all());
        assertEquals(List.of(), Errors.seen());
    }

    @Test
    void objectValuesAreCastToTheReturnTypeAndAFailingCastRunsTheBody() throws Exception {
        GateApi gate = wovenGate(hook("host", SkipValueAdvice.AsObject.class),
                hook("ports", SkipValueAdvice.AsObject.class), hook("lookup", SkipValueAdvice.AsObject.class));

        SkipValueAdvice.AsObject.value = "v";
        assertEquals("v", gate.host(" x "));
        assertEquals("v", gate.lookup("key"));
        assertArrayEquals(new int[] {5, 6}, gate.ports(5), "a String is no int[]: the body ran");

        int[] ports = {9};
        SkipValueAdvice.AsObject.value = ports;
        assertSame(ports, gate.ports(5));
        assertSame(ports, gate.lookup("key"));
        assertEquals("x", gate.host(" x "), "an int[] is no String: the body ran");

        SkipValueAdvice.AsObject.value = null;
        assertEquals("x", gate.host(" x "));
        assertArrayEquals(new int[] {1, 2}, gate.ports(1));
        assertEquals("key", gate.lookup("key"));

        List<Throwable> errors = Errors.seen();
        assertEquals(2, errors.size(), errors.toString());
        assertInstanceOf(ClassCastException.class, errors.get(0));
        assertInstanceOf(ClassCastException.class, errors.get(1));
        assertEquals(9, Calls.all().size());
    }

    @Test
    void enterAdviceThatThrowsRunsTheBody() throws Exception {
        GateApi gate = wovenGate(hook("host", SkipValueAdvice.Throwing.class));

        assertEquals("example.org", gate.host(" example.org "));

        assertEquals(List.of(List.of("throwing-enter"), Arrays.asList("throwing-exit", null)), Calls.all());
        assertEquals(1, Errors.seen().size());
        assertEquals("skip advice failed", Errors.seen().get(0).getMessage());
    }

    @Test
    void aSkipReturnsAtOnceWithoutOtherHooksExitOrLaterEnterAdvice() throws Exception {
        GateApi gate = wovenGate(hook("host", SkipAdvice.Watch.class), hook("host", SkipValueAdvice.Cached.class),
                hook("host", SkipAdvice.Watch.class));

        assertEquals("from-cache", gate.host("cached"));
        assertEquals(List.of("watch-enter", "cached-enter"), Calls.events());
        Calls.clear();
        assertEquals("a", gate.host("a"));

        assertEquals(List.of("watch-enter", "cached-enter", "watch-enter", "watch-exit", "cached-exit", "watch-exit"),
                Calls.events());
    }

    @Test
    void combinedWithReplaceReturnTheReplacementAppliesOnlyWhenTheBodyRan() throws Exception {
        GateApi gate = wovenGate(hook("host", SkipValueAdvice.WithReplace.class));

        assertEquals("skipped", gate.host("skip"));
        assertEquals("a!", gate.host(" a "));

        assertEquals(List.of(List.of("replace-exit", "a")), Calls.all());
    }

    @Test
    void aThrowingBodyIsSkippedAndAnErrorMethodThatThrowsStillRunsTheBody() throws Exception {
        Weaving.Woven woven = Weaving.weave(Gate.class, hook("failing", SkipValueAdvice.AsObject.class),
                hook("host", SkipValueAdvice.Throwing.class));
        assertEquals(List.of(), woven.failures);
        Weaving.verify(woven.bytes);
        GateApi gate = (GateApi) woven.define().getConstructor().newInstance();
        Errors.failing(true);

        SkipValueAdvice.AsObject.value = "instead";
        assertEquals("instead", gate.failing("boom"), "the throwing body was skipped");
        SkipValueAdvice.AsObject.value = 42;
        assertEquals("fine", gate.failing(""), "the failed cast ran the body");
        assertEquals("x", gate.host("x"));
        assertEquals(2, Errors.seen().size());
    }
}
