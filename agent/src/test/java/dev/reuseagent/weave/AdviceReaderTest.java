package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.EnterExitAdvice;
import dev.reuseagent.weave.fixture.ReplaceAdvice;
import dev.reuseagent.weave.fixture.SkipAdvice;
import dev.reuseagent.weave.fixture.SkipValueAdvice;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Advice classes are parsed from their class files, and malformed ones are refused with the reason. */
class AdviceReaderTest {

    @Test
    void annotationNamesMatchTheAnnotationTypes() {
        assertEquals(Type.getDescriptor(Advice.OnMethodEnter.class), AdviceReader.ON_ENTER);
        assertEquals(Type.getDescriptor(Advice.OnMethodExit.class), AdviceReader.ON_EXIT);
    }

    @Test
    void readsEnterAndExitMethodsWithTheirParameters() throws WeaveException {
        ParsedAdvice advice = AdviceReader.read(EnterExitAdvice.class);

        assertEquals("enter", advice.enter.name);
        assertEquals("(Ljava/lang/Object;I)J", advice.enter.descriptor);
        assertEquals("dev/reuseagent/weave/fixture/EnterExitAdvice", advice.enter.owner);
        assertEquals("exit", advice.exit.name);
        assertTrue(advice.exit.onThrowable);
        StringBuilder parameters = new StringBuilder();
        for (AdviceParameter parameter : advice.exit.parameters) {
            parameters.append(parameter.describe()).append(", ");
        }
        assertEquals("@This Ljava/lang/Object;, @Argument(0) I, @Enter J, @Return I, @Thrown Ljava/lang/Throwable;, ",
                parameters.toString());
    }

    @Test
    void exitOnlyAdviceAndTheNormalReturnDefault() throws WeaveException {
        ParsedAdvice advice = AdviceReader.read(ExitOnly.class);

        assertNull(advice.enter);
        assertEquals(false, advice.exit.onThrowable);
        assertEquals("FIELD_VALUE keepingAlive Z", advice.exit.parameters[0].kind + " "
                + advice.exit.parameters[0].field + " " + advice.exit.parameters[0].descriptor);
    }

    @Test
    void readsTheEnforcementAttributes() throws WeaveException {
        ParsedAdvice skip = AdviceReader.read(SkipAdvice.Blocking.class);
        ParsedAdvice replace = AdviceReader.read(ReplaceAdvice.OnThrowable.class);
        ParsedAdvice neither = AdviceReader.read(EnterExitAdvice.class);

        assertTrue(skip.enter.skipOnTrue);
        assertFalse(skip.exit.replaceReturn);
        assertTrue(replace.exit.replaceReturn);
        assertTrue(replace.exit.onThrowable);
        assertEquals("Ljava/lang/String;", replace.exit.returnType());
        assertFalse(skip.enter.skipOnNonNull);
        ParsedAdvice skipValue = AdviceReader.read(SkipValueAdvice.WithReplace.class);
        assertTrue(skipValue.enter.skipOnNonNull);
        assertFalse(skipValue.enter.skipOnTrue);
        assertTrue(skipValue.exit.replaceReturn);
        assertFalse(neither.enter.skipOnTrue);
        assertFalse(neither.enter.skipOnNonNull);
        assertFalse(neither.exit.replaceReturn);
    }

    @Test
    void refusesMisusedEnforcementAttributes() {
        assertRefused(SkipNotBoolean.class, "enter method enter must return boolean with skipOnTrue = true");
        assertRefused(ReplaceWithVoid.class,
                "exit method exit must return the replacement value with replaceReturn = true");
        assertRefused(ExitReturnsValue.class, "exit method exit must return void (a value only with replaceReturn "
                + "= true)");
        assertRefused(SkipAndReplace.class, "skipOnTrue and replaceReturn cannot be combined");
        assertRefused(SkipValueNotReference.class,
                "enter method enter must return a reference (Object or the method's type) with skipOnNonNull = true");
        assertRefused(SkipBothWays.class, "enter method enter: skipOnTrue and skipOnNonNull cannot be combined");
    }

    @Test
    void refusesMalformedAdvice() {
        assertRefused(NotPublic.class, "the class is not public");
        assertRefused(TwoEnters.class, "more than one @OnMethodEnter method");
        assertRefused(Unannotated.class, "exit method exit: parameter 1 has no advice annotation");
        assertRefused(ThrownWithoutOnThrowable.class,
                "exit method exit: parameter 0 (@Thrown) needs onThrowable = Throwable.class");
        assertRefused(ReturnInEnter.class, "enter method enter: parameter 0 is only available to exit advice");
        assertRefused(ExitReturnsValue.class, "exit method exit must return void");
        assertRefused(InstanceMethod.class, "enter method enter is not public static");
        assertRefused(OnThrowableException.class, "onThrowable must be Throwable.class or left out");
        assertRefused(dev.reuseagent.weave.fixture.Calls.class, "no @OnMethodEnter or @OnMethodExit method");
    }

    private static void assertRefused(Class<?> advice, String reason) {
        WeaveException refused = assertThrows(WeaveException.class, () -> AdviceReader.read(advice));
        assertTrue(refused.getMessage().startsWith("advice " + advice.getName() + ": " + reason),
                refused.getMessage());
    }

    public static final class ExitOnly {
        @Advice.OnMethodExit(suppress = Throwable.class)
        public static void exit(@Advice.FieldValue("keepingAlive") boolean keepingAlive) {
        }
    }

    static final class NotPublic {
        @Advice.OnMethodEnter
        public static void enter() {
        }
    }

    public static final class TwoEnters {
        @Advice.OnMethodEnter
        public static void enter() {
        }

        @Advice.OnMethodEnter
        public static void enterAgain() {
        }
    }

    public static final class Unannotated {
        @Advice.OnMethodExit
        public static void exit(@Advice.This Object self, Object other) {
        }
    }

    public static final class ThrownWithoutOnThrowable {
        @Advice.OnMethodExit
        public static void exit(@Advice.Thrown Throwable thrown) {
        }
    }

    public static final class ReturnInEnter {
        @Advice.OnMethodEnter
        public static void enter(@Advice.Return Object value) {
        }
    }

    public static final class ExitReturnsValue {
        @Advice.OnMethodExit
        public static int exit() {
            return 0;
        }
    }

    public static final class InstanceMethod {
        @Advice.OnMethodEnter
        public void enter() {
        }
    }

    public static final class SkipNotBoolean {
        @Advice.OnMethodEnter(skipOnTrue = true)
        public static int enter() {
            return 1;
        }
    }

    public static final class SkipValueNotReference {
        @Advice.OnMethodEnter(skipOnNonNull = true)
        public static int enter() {
            return 1;
        }
    }

    public static final class SkipBothWays {
        @Advice.OnMethodEnter(skipOnTrue = true, skipOnNonNull = true)
        public static Object enter() {
            return null;
        }
    }

    public static final class ReplaceWithVoid {
        @Advice.OnMethodExit(replaceReturn = true)
        public static void exit() {
        }
    }

    public static final class SkipAndReplace {
        @Advice.OnMethodEnter(skipOnTrue = true)
        public static boolean enter() {
            return false;
        }

        @Advice.OnMethodExit(replaceReturn = true)
        public static int exit() {
            return 0;
        }
    }

    public static final class OnThrowableException {
        @Advice.OnMethodExit(onThrowable = Exception.class)
        public static void exit() {
        }
    }
}
