package dev.reuseagent.weave;

/**
 * Checks, before any code is written, that every parameter of a hook's advice can be given a value of its declared
 * type in this method; the first problem found is the hook's failure and leaves the method untouched by it.
 */
final class AdviceCheck {

    private static final String OBJECT = "Ljava/lang/Object;";
    private static final String THROWABLE = "Ljava/lang/Throwable;";

    private AdviceCheck() {
    }

    static void check(TargetMethod method, ParsedAdvice advice) throws WeaveException {
        if (advice.enter != null) {
            if (advice.enter.skipOnTrue) {
                checkSkip(method, advice.enter);
            }
            if (advice.enter.skipOnNonNull) {
                checkSkipWithValue(method, advice.enter);
            }
            check(method, advice, advice.enter, true);
        }
        if (advice.exit != null) {
            if (advice.exit.onThrowable && method.isConstructor) {
                throw new WeaveException("onThrowable exit advice is not supported on constructors");
            }
            if (advice.exit.replaceReturn) {
                checkReplace(method, advice.exit);
            }
            check(method, advice, advice.exit, false);
        }
    }

    /** A skipped method returns at once: only void methods, and never a constructor (this must be initialized). */
    private static void checkSkip(TargetMethod method, AdviceMethod enter) throws WeaveException {
        if (method.isConstructor) {
            throw new WeaveException(enter.toString().concat(": skipOnTrue is not supported on constructors"));
        }
        String returned = method.returnType.getDescriptor();
        if (!"V".equals(returned)) {
            throw new WeaveException(new StringBuilder().append(enter)
                    .append(": skipOnTrue needs a void method, the method returns ").append(returned).toString());
        }
    }

    /**
     * A method skipped with a value returns the enter method's: only methods returning a reference, never a
     * constructor, and the value is Object (cast when it is returned) or exactly the method's type.
     */
    private static void checkSkipWithValue(TargetMethod method, AdviceMethod enter) throws WeaveException {
        if (method.isConstructor) {
            throw new WeaveException(enter.toString().concat(": skipOnNonNull is not supported on constructors"));
        }
        String returned = method.returnType.getDescriptor();
        if (!isReference(returned)) {
            throw new WeaveException(new StringBuilder().append(enter)
                    .append(": skipOnNonNull needs a method returning a reference, the method returns ")
                    .append(returned).toString());
        }
        String value = enter.returnType();
        if (!value.equals(returned) && !OBJECT.equals(value)) {
            throw new WeaveException(new StringBuilder().append(enter).append(": the enter value is ")
                    .append(value).append(", the method returns ").append(returned)
                    .append(" (return Object or exactly the method's type)").toString());
        }
    }

    /** The exit method's value must be one the method can return: checked here, without loading a class. */
    private static void checkReplace(TargetMethod method, AdviceMethod exit) throws WeaveException {
        if (method.isConstructor) {
            throw new WeaveException(exit.toString().concat(": replaceReturn is not supported on constructors"));
        }
        String returned = method.returnType.getDescriptor();
        if ("V".equals(returned)) {
            throw new WeaveException(exit.toString().concat(": replaceReturn needs a method returning a value, "
                    .concat("the method returns void")));
        }
        String value = exit.returnType();
        if (!value.equals(returned) && !(OBJECT.equals(value) && isReference(returned))) {
            throw new WeaveException(new StringBuilder().append(exit).append(": the replacement value is ")
                    .append(value).append(", the method returns ").append(returned)
                    .append(" (primitives must match exactly, references be returned as Object or exactly)")
                    .toString());
        }
    }

    private static void check(TargetMethod method, ParsedAdvice advice, AdviceMethod call, boolean isEnter)
            throws WeaveException {
        boolean beforeSuperCall = isEnter && method.isConstructor;
        for (AdviceParameter parameter : call.parameters) {
            String actual;
            switch (parameter.kind) {
                case THIS:
                    if (method.isStatic) {
                        throw problem(call, parameter, "the method is static");
                    }
                    if (beforeSuperCall) {
                        throw problem(call, parameter, "constructor enter advice runs before the super call");
                    }
                    actual = "L".concat(method.owner).concat(";");
                    break;
                case ARGUMENT:
                    if (parameter.argument < 0 || parameter.argument >= method.arguments.length) {
                        throw problem(call, parameter, new StringBuilder("the method takes ")
                                .append(method.arguments.length).append(" arguments").toString());
                    }
                    actual = method.arguments[parameter.argument].getDescriptor();
                    break;
                case RETURN:
                    actual = method.returnType.getDescriptor();
                    if ("V".equals(actual)) {
                        throw problem(call, parameter, "the method returns void");
                    }
                    break;
                case THROWN:
                    actual = THROWABLE;
                    break;
                case ENTER:
                    actual = advice.enter == null ? "V" : advice.enter.returnType();
                    if ("V".equals(actual)) {
                        throw problem(call, parameter, "the advice has no enter method returning a value");
                    }
                    break;
                default:
                    actual = fieldType(method, call, parameter, beforeSuperCall);
                    break;
            }
            if (!parameter.descriptor.equals(actual) && !(OBJECT.equals(parameter.descriptor) && isReference(actual))) {
                throw problem(call, parameter, "the value is ".concat(actual)
                        .concat(" (primitives must match exactly, references be declared Object or exactly)"));
            }
        }
    }

    private static String fieldType(TargetMethod method, AdviceMethod call, AdviceParameter parameter,
            boolean beforeSuperCall) throws WeaveException {
        TargetMethod.Field field = method.fields.get(parameter.field);
        if (field == null) {
            throw problem(call, parameter, new StringBuilder("no field ").append(parameter.field)
                    .append(" is declared by ").append(method.owner.replace('/', '.'))
                    .append(" (superclass fields are not looked up)").toString());
        }
        if (!field.isStatic && method.isStatic) {
            throw problem(call, parameter, "an instance field in a static method");
        }
        if (!field.isStatic && beforeSuperCall) {
            throw problem(call, parameter, "constructor enter advice runs before the super call");
        }
        return field.descriptor;
    }

    private static boolean isReference(String descriptor) {
        return descriptor.charAt(0) == 'L' || descriptor.charAt(0) == '[';
    }

    private static WeaveException problem(AdviceMethod call, AdviceParameter parameter, String why) {
        return new WeaveException(new StringBuilder().append(call).append(": ").append(parameter.describe())
                .append(" cannot be bound: ").append(why).toString());
    }
}
