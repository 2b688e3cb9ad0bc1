package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.Errors;
import dev.reuseagent.weave.fixture.Gate;
import dev.reuseagent.weave.fixture.GateApi;
import dev.reuseagent.weave.fixture.SkipAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.reuseagent.weave.ReturnReplacementTest.hook;
import static dev.reuseagent.weave.ReturnReplacementTest.wovenGate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code @OnMethodEnter(skipOnTrue = true)}: a void method's body skipped, or run when the advice says false or fails. */
class SkipMethodTest {

    @BeforeEach
    void clear() {
        Calls.clear();
        SkipAdvice.Flag.skipping = false;
    }

    @Test
    void trueSkipsTheBodyAndTheExitAdviceFalseRunsBoth() throws Exception {
        GateApi gate = wovenGate(hook("connect", SkipAdvice.Blocking.class));

        gate.connect("blocked");
        assertEquals(0, gate.runs(), "skipped");
        gate.connect("example.org");
        assertEquals(1, gate.runs());

        assertEquals(List.of(List.of("skip-enter", "blocked"), List.of("skip-enter", "example.org"),
                List.of("skip-exit", "example.org", false)), Calls.all());
        assertEquals(List.of(), Errors.seen());
    }

    @Test
    void enterAdviceThatThrowsCountsAsFalse() throws Exception {
        GateApi gate = wovenGate(hook("connect", SkipAdvice.Throwing.class));

        gate.connect("example.org");

        assertEquals(1, gate.runs(), "the body ran");
        assertEquals(List.of(List.of("throwing-enter"), List.of("throwing-exit", false)), Calls.all());
        assertEquals(1, Errors.seen().size());
        assertEquals("skip advice failed", Errors.seen().get(0).getMessage());
    }

    @Test
    void aLoopHeadFirstASynchronizedMethodWithATwoSlotArgumentAndAStaticMethod() throws Exception {
        Weaving.Woven woven = Weaving.weave(Gate.class, hook("spin", SkipAdvice.Flag.class),
                hook("locked", SkipAdvice.Flag.class), hook("record", SkipAdvice.Flag.class));
        assertEquals(List.of(), woven.failures);
        Weaving.verify(woven.bytes);
        Class<?> type = woven.define();
        GateApi gate = (GateApi) type.getConstructor().newInstance();

        SkipAdvice.Flag.skipping = true;
        gate.spin(3);
        gate.locked(5L, "x");
        type.getMethod("record", String.class).invoke(null, "x");
        assertEquals(0, gate.runs());
        assertEquals(0, type.getField("recorded").getInt(null));

        SkipAdvice.Flag.skipping = false;
        gate.spin(3);
        gate.locked(5L, "x");
        type.getMethod("record", String.class).invoke(null, "x");
        assertEquals(6, gate.runs());
        assertEquals(1, type.getField("recorded").getInt(null));
        assertEquals(6, Calls.all().size());
    }

    @Test
    void aSkipReturnsAtOnceWithoutOtherHooksExitOrLaterEnterAdvice() throws Exception {
        GateApi gate = wovenGate(hook("connect", SkipAdvice.Watch.class), hook("connect", SkipAdvice.Blocking.class),
                hook("connect", SkipAdvice.Watch.class));

        gate.connect("blocked");
        assertEquals(List.of("watch-enter", "skip-enter"), Calls.events());
        Calls.clear();
        gate.connect("example.org");

        assertEquals(List.of("watch-enter", "skip-enter", "watch-enter", "watch-exit", "skip-exit", "watch-exit"),
                Calls.events());
        assertEquals(1, gate.runs());
    }

    @Test
    void aSkippedMethodThatWouldThrowReturnsAndOnThrowableExitAdviceSeesOnlyTheRealThrow() throws Exception {
        GateApi gate = wovenGate(hook("refuse", SkipAdvice.Guarding.class));

        gate.refuse("blocked");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> gate.refuse("other"));

        assertEquals(List.of(List.of("guard-enter", "blocked"), List.of("guard-enter", "other"),
                Arrays.asList("guard-exit", thrown)), Calls.all());
    }
}
