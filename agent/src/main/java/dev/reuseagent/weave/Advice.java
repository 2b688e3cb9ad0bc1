package dev.reuseagent.weave;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotations an advice class is written with. The names follow Byte Buddy's {@code Advice} so advice sources
 * read the same, but the semantics are this package's: the woven code <em>calls</em> the advice's static methods
 * (it never inlines their bodies), and every call is guarded, so nothing the advice throws reaches the host.
 *
 * <p>An advice class is a public class with at most one {@link OnMethodEnter} and at most one {@link OnMethodExit}
 * method, both public and static. Every parameter of those methods carries exactly one of {@link This},
 * {@link Argument}, {@link Return}, {@link Thrown}, {@link Enter} or {@link FieldValue}. Primitive parameters must
 * have exactly the type of the value they receive; reference parameters may be declared {@code Object} or the exact
 * type of the value.
 *
 * <p>Three attributes let advice change what the instrumented method does, for enforcement:
 * {@link OnMethodEnter#skipOnTrue()} skips a void method's body, {@link OnMethodEnter#skipOnNonNull()} skips the
 * body of a method returning a reference and returns the enter method's value instead, and
 * {@link OnMethodExit#replaceReturn()} replaces the value a method returns. All keep the guard: advice that throws
 * changes nothing.
 *
 * <p>The weaver reads these annotations from the advice class file with ASM, never by reflection, so
 * {@link RetentionPolicy#CLASS} suffices.
 */
public final class Advice {

    private Advice() {
    }

    /**
     * Marks the method called at the start of the instrumented method (in a constructor: before the super call).
     * Its return value, if any, is passed to the exit method's {@link Enter} parameter.
     */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface OnMethodEnter {
        /** States in the source that errors are swallowed; the weaver guards every advice call regardless. */
        Class<? extends Throwable> suppress() default NoExceptionHandler.class;

        /**
         * {@code true}: the enter method must return {@code boolean}, and when it returns true the instrumented
         * method returns at once, without running its body. Only void methods that are not constructors can be
         * skipped; on any other method the hook fails to weave (the method stays untouched by it).
         *
         * <p>"At once" means: the enter advice of later hooks on the method does not run, and no exit advice runs,
         * neither this advice class's nor any other hook's. If the enter method throws, the guard counts the error
         * and takes the value as {@code false}: the body runs. The exit method's {@link Enter} parameter, declared
         * {@code boolean}, therefore always receives {@code false} (the exit method never runs after a skip).
         * Cannot be combined with {@link OnMethodExit#replaceReturn()} in one advice class (one needs a void
         * method, the other a method returning a value), nor with {@link #skipOnNonNull()}.
         */
        boolean skipOnTrue() default false;

        /**
         * {@code true}: the enter method must return a reference, declared {@code Object} or exactly the
         * instrumented method's return type; when it returns non-null, the instrumented method returns that value at
         * once, without running its body; when it returns null, the body runs. Only methods that return a reference
         * (an object or an array) and are not constructors can be skipped so; on any other method the hook fails to
         * weave (the method stays untouched by it).
         *
         * <p>"At once" means what it means for {@link #skipOnTrue()}: no later hook's enter advice and no exit
         * advice of any hook runs. An {@code Object} value is cast to the method's return type inside the guard: a
         * value of another type counts as an advice error, like an enter method that throws, and the body runs. The
         * exit method's {@link Enter} parameter therefore always receives null (the exit method never runs after a
         * skip). Can be combined with {@link OnMethodExit#replaceReturn()}, not with {@link #skipOnTrue()}.
         */
        boolean skipOnNonNull() default false;
    }

    /** Marks the method called when the instrumented method returns (and, optionally, when it throws). */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    public @interface OnMethodExit {
        /** States in the source that errors are swallowed; the weaver guards every advice call regardless. */
        Class<? extends Throwable> suppress() default NoExceptionHandler.class;

        /**
         * {@code Throwable.class}: the exit method also runs when the instrumented method throws, with the
         * throwable in its {@link Thrown} parameter; the throwable is then rethrown unchanged. The default,
         * {@link NoExceptionHandler}, runs the exit method on normal returns only. No other value is accepted.
         */
        Class<? extends Throwable> onThrowable() default NoExceptionHandler.class;

        /**
         * {@code true}: on a normal return the instrumented method returns the exit method's return value instead
         * of its own. The exit method must then return the instrumented method's return type: exactly for a
         * primitive; for a reference type exactly, or {@code Object}, in which case the woven code casts the value
         * to the method's return type. Only methods that return a value and are not constructors; on a void method
         * or a constructor the hook fails to weave (the method stays untouched by it).
         *
         * <p>The original value is returned unchanged when the exit method throws, and when its {@code Object}
         * value is not of the method's return type: the cast is inside the guard, so its ClassCastException is
         * counted like any advice error. With {@code onThrowable = Throwable.class} the exit method also runs when
         * the instrumented method throws, but its value is then ignored and the throwable rethrown unchanged.
         *
         * <p>The exit advice of several hooks runs innermost (last hook) first; each one's {@link Return} parameter
         * receives the value as the hooks after it left it. Without {@code replaceReturn} an exit method must
         * return void.
         */
        boolean replaceReturn() default false;
    }

    /** The instrumented instance ({@code this}). Not allowed in static methods or in constructor enter advice. */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.PARAMETER)
    public @interface This {
    }

    /**
     * The instrumented method's argument at this zero-based index: in enter advice its current value, in exit
     * advice its value at method entry, even if the method reassigned the parameter.
     */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.PARAMETER)
    public @interface Argument {
        /** Zero-based index among the method's declared parameters ({@code this} is not counted). */
        int value();
    }

    /**
     * Exit advice only: the value being returned; the return type's default value when the method threw.
     * Not allowed on methods returning void.
     */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.PARAMETER)
    public @interface Return {
    }

    /**
     * Exit advice with {@code onThrowable = Throwable.class} only: what the method threw, or null on a normal
     * return. Declared {@code Throwable} or {@code Object}.
     */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.PARAMETER)
    public @interface Thrown {
    }

    /**
     * Exit advice only: what the enter method of the same advice class returned for this invocation, or the
     * type's default value if the enter method threw.
     */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.PARAMETER)
    public @interface Enter {
    }

    /**
     * A field declared by the instrumented class itself (superclass fields are not looked up), read when the
     * advice runs: of {@code this} for an instance field, of the class for a static one.
     */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.PARAMETER)
    public @interface FieldValue {
        /** The field's name. */
        String value();
    }

    /** The default of {@link OnMethodExit#onThrowable()}: the exit method runs on normal returns only. */
    public static final class NoExceptionHandler extends Throwable {
        private static final long serialVersionUID = 1L;

        private NoExceptionHandler() {
        }
    }
}
