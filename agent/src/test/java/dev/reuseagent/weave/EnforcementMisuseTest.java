package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.BadEnforcement;
import dev.reuseagent.weave.fixture.Gate;
import dev.reuseagent.weave.fixture.ReplaceAdvice;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.takesArguments;
import static dev.reuseagent.weave.ReturnReplacementTest.GATE;
import static dev.reuseagent.weave.ReturnReplacementTest.hook;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** skipOnTrue, skipOnNonNull and replaceReturn on methods they cannot apply to: each hook fails clearly, its method untouched. */
class EnforcementMisuseTest {

    @Test
    void misusedEnforcementAdviceFailsItsHookOnly() throws Exception {
        Hook good = hook("count", ReplaceAdvice.I.class);
        Hook[] bad = {
            hook("connect", BadEnforcement.ReplaceOnVoid.class),
            new Hook(GATE, isConstructor().and(takesArguments(0)), BadEnforcement.ReplaceOnConstructor.class),
            hook("count", BadEnforcement.WrongPrimitive.class),
            hook("allowed", BadEnforcement.ObjectForPrimitive.class),
            hook("host", BadEnforcement.WrongReference.class),
            hook("runs", BadEnforcement.SkipNonVoid.class),
            new Hook(GATE, isConstructor().and(takesArguments(int.class)), BadEnforcement.SkipConstructor.class),
            hook("spin", BadEnforcement.EnterOfWrongType.class),
            hook("connect", BadEnforcement.SkipValueOnVoid.class),
            hook("count", BadEnforcement.SkipValueOnPrimitive.class),
            new Hook(GATE, isConstructor().and(takesArguments(0)), BadEnforcement.SkipValueOnConstructor.class),
            hook("host", BadEnforcement.SkipValueWrongReference.class),
        };
        List<Hook> hooks = new ArrayList<>(List.of(bad));
        hooks.add(good);
        Weaving.Woven woven = Weaving.weave(Gate.class, hooks.toArray(new Hook[0]));

        List<String> expected = List.of(
                "BadEnforcement$ReplaceOnVoid#exit: replaceReturn needs a method returning a value, the method "
                        + "returns void",
                "BadEnforcement$ReplaceOnConstructor#exit: replaceReturn is not supported on constructors",
                "BadEnforcement$WrongPrimitive#exit: the replacement value is J, the method returns I",
                "BadEnforcement$ObjectForPrimitive#exit: the replacement value is Ljava/lang/Object;, the method "
                        + "returns Z (primitives must match exactly, references be returned as Object or exactly)",
                "BadEnforcement$WrongReference#exit: the replacement value is Ljava/lang/CharSequence;, the method "
                        + "returns Ljava/lang/String;",
                "BadEnforcement$SkipNonVoid#enter: skipOnTrue needs a void method, the method returns I",
                "BadEnforcement$SkipConstructor#enter: skipOnTrue is not supported on constructors",
                "BadEnforcement$EnterOfWrongType#exit: @Enter I cannot be bound: the value is Z",
                "BadEnforcement$SkipValueOnVoid#enter: skipOnNonNull needs a method returning a reference, the "
                        + "method returns V",
                "BadEnforcement$SkipValueOnPrimitive#enter: skipOnNonNull needs a method returning a reference, "
                        + "the method returns I",
                "BadEnforcement$SkipValueOnConstructor#enter: skipOnNonNull is not supported on constructors",
                "BadEnforcement$SkipValueWrongReference#enter: the enter value is Ljava/lang/CharSequence;, the "
                        + "method returns Ljava/lang/String; (return Object or exactly the method's type)");
        assertEquals(expected.size(), woven.failures.size(), woven.failures.toString());
        for (int i = 0; i < expected.size(); i++) {
            String failure = failureOf(woven.failures, bad[i]);
            assertTrue(failure.contains(expected.get(i)), failure);
        }
        assertEquals(Map.of(good, List.of("count(I)I")), woven.methodsByHook);

        Map<String, byte[]> before = Weaving.methodInfos(woven.original);
        Map<String, byte[]> after = Weaving.methodInfos(woven.bytes);
        for (String method : before.keySet()) {
            if (!method.equals("count(I)I")) {
                assertArrayEquals(before.get(method), after.get(method), method + " was changed");
            }
        }
        assertFalse(Arrays.equals(before.get("count(I)I"), after.get("count(I)I")));
        Weaving.verify(woven.bytes);
        woven.define();
    }

    /** The one failure reported for this hook. */
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
}
