package dev.reuseagent.weave;

import org.objectweb.asm.Opcodes;

/**
 * Factories for {@link MethodMatcher}s, named after Byte Buddy's {@code ElementMatchers} so hook definitions read
 * the same: {@code named("connect").and(takesArguments(2)).and(takesArgument(0, SocketAddress.class))}.
 * Classes given as arguments are only turned into descriptors; no class of the instrumented code is loaded.
 *
 * <p>The matchers are small classes rather than lambdas: the first lambda of a JVM bootstraps the
 * invokedynamic machinery, which costs tens of milliseconds on a cold start.
 */
public final class Methods {

    private Methods() {
    }

    /** Methods with this exact name. */
    public static MethodMatcher named(String name) {
        return new Named(name);
    }

    /** Constructors ({@code <init>}). */
    public static MethodMatcher isConstructor() {
        return new Named("<init>");
    }

    /** Static methods. */
    public static MethodMatcher isStatic() {
        return new Flag(Opcodes.ACC_STATIC, "isStatic()");
    }

    /** Bridge methods the compiler generated for generics or covariant returns. */
    public static MethodMatcher isBridge() {
        return new Flag(Opcodes.ACC_BRIDGE, "isBridge()");
    }

    /** Methods the given matcher does not match. */
    public static MethodMatcher not(MethodMatcher matcher) {
        return new Not(matcher);
    }

    /** Methods declaring exactly this many parameters. */
    public static MethodMatcher takesArguments(int count) {
        return new ParameterCount(count);
    }

    /** Methods declaring exactly these parameter types, in this order ({@code String.class, int.class}). */
    public static MethodMatcher takesArguments(Class<?>... types) {
        StringBuilder parameters = new StringBuilder();
        for (Class<?> type : types) {
            parameters.append(Descriptors.of(type));
        }
        return new Parameters(parameters.toString());
    }

    /** Methods whose parameter at this zero-based index has exactly this type. */
    public static MethodMatcher takesArgument(int index, Class<?> type) {
        return new Parameter(index, Descriptors.of(type));
    }

    /**
     * Methods whose parameter at this zero-based index has exactly this type, given by name so the type need not
     * be visible to the agent: a binary class name ({@code okhttp3.Route}, {@code a.b.C$D}), a primitive keyword,
     * either followed by {@code []} for arrays.
     */
    public static MethodMatcher takesArgument(int index, String typeName) {
        return new Parameter(index, Descriptors.ofTypeName(typeName));
    }

    /** Methods returning exactly this type ({@code void.class} for none). */
    public static MethodMatcher returns(Class<?> type) {
        return new ReturnType(Descriptors.of(type));
    }

    private static final class Named implements MethodMatcher {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public boolean matches(int access, String methodName, String descriptor) {
            return name.equals(methodName);
        }

        @Override
        public String toString() {
            return "<init>".equals(name) ? "isConstructor()" : "named(".concat(name).concat(")");
        }
    }

    private static final class Flag implements MethodMatcher {
        private final int flag;
        private final String text;

        Flag(int flag, String text) {
            this.flag = flag;
            this.text = text;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return (access & flag) != 0;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class Not implements MethodMatcher {
        private final MethodMatcher matcher;

        Not(MethodMatcher matcher) {
            this.matcher = matcher;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return !matcher.matches(access, name, descriptor);
        }

        @Override
        public String toString() {
            return "not(".concat(matcher.toString()).concat(")");
        }
    }

    private static final class ParameterCount implements MethodMatcher {
        private final int count;

        ParameterCount(int count) {
            this.count = count;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return Descriptors.parameterCount(descriptor) == count;
        }

        @Override
        public String toString() {
            return "takesArguments(".concat(Integer.toString(count)).concat(")");
        }
    }

    private static final class Parameters implements MethodMatcher {
        private final String parameters;

        Parameters(String parameters) {
            this.parameters = parameters;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return descriptor.startsWith(parameters, 1) && descriptor.charAt(parameters.length() + 1) == ')';
        }

        @Override
        public String toString() {
            return "takesArguments(".concat(parameters).concat(")");
        }
    }

    private static final class Parameter implements MethodMatcher {
        private final int index;
        private final String type;

        Parameter(int index, String type) {
            this.index = index;
            this.type = type;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return type.equals(Descriptors.parameter(descriptor, index));
        }

        @Override
        public String toString() {
            return new StringBuilder("takesArgument(").append(index).append(", ").append(type).append(')')
                    .toString();
        }
    }

    private static final class ReturnType implements MethodMatcher {
        private final String type;

        ReturnType(String type) {
            this.type = type;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return descriptor.endsWith(type) && descriptor.charAt(descriptor.length() - type.length() - 1) == ')';
        }

        @Override
        public String toString() {
            return "returns(".concat(type).concat(")");
        }
    }

    static final class Both implements MethodMatcher {
        private final MethodMatcher first;
        private final MethodMatcher second;

        Both(MethodMatcher first, MethodMatcher second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return first.matches(access, name, descriptor) && second.matches(access, name, descriptor);
        }

        @Override
        public String toString() {
            return first.toString().concat(".and(").concat(second.toString()).concat(")");
        }
    }

    static final class Either implements MethodMatcher {
        private final MethodMatcher first;
        private final MethodMatcher second;

        Either(MethodMatcher first, MethodMatcher second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public boolean matches(int access, String name, String descriptor) {
            return first.matches(access, name, descriptor) || second.matches(access, name, descriptor);
        }

        @Override
        public String toString() {
            return first.toString().concat(".or(").concat(second.toString()).concat(")");
        }
    }
}
