package dev.reuseagent.weave;

/** A parsed enter or exit method of an advice class: what the woven code calls, and with which values. */
final class AdviceMethod {

    /** The advice class's internal name. */
    final String owner;
    final String name;
    final String descriptor;
    final AdviceParameter[] parameters;
    /** Exit methods only: whether the method also runs when the instrumented method throws. */
    final boolean onThrowable;
    /** Enter methods only: whether a true return value skips the instrumented method's body. */
    final boolean skipOnTrue;
    /** Enter methods only: whether a non-null return value is returned at once, in place of the body's. */
    final boolean skipOnNonNull;
    /** Exit methods only: whether the return value replaces the instrumented method's on a normal return. */
    final boolean replaceReturn;

    AdviceMethod(String owner, String name, String descriptor, AdviceParameter[] parameters, boolean onThrowable,
            boolean skipOnTrue, boolean skipOnNonNull, boolean replaceReturn) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.parameters = parameters;
        this.onThrowable = onThrowable;
        this.skipOnTrue = skipOnTrue;
        this.skipOnNonNull = skipOnNonNull;
        this.replaceReturn = replaceReturn;
    }

    /** The descriptor of the value the method returns ({@code V} for none). */
    String returnType() {
        return Descriptors.returnType(descriptor);
    }

    /** Whether some parameter receives this kind of value. */
    boolean uses(AdviceParameter.Kind kind) {
        for (AdviceParameter parameter : parameters) {
            if (parameter.kind == kind) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return new StringBuilder(owner.replace('/', '.')).append('#').append(name).toString();
    }
}
