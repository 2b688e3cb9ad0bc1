package dev.reuseagent.weave;

/**
 * Selects methods of an instrumented class by what its class file says of them: access flags, name and
 * descriptor. A matcher never loads or resolves a class. Build them with {@link Methods}.
 */
public interface MethodMatcher {

    /**
     * @param access     the method's access flags ({@code ACC_STATIC}, {@code ACC_BRIDGE}...)
     * @param name       the method's name; {@code <init>} for constructors
     * @param descriptor the method's descriptor, e.g. {@code (Ljava/net/SocketAddress;I)V}
     */
    boolean matches(int access, String name, String descriptor);

    /** A matcher that matches the methods both this one and {@code other} match. */
    default MethodMatcher and(MethodMatcher other) {
        return new Methods.Both(this, other);
    }

    /** A matcher that matches the methods this one or {@code other} matches. */
    default MethodMatcher or(MethodMatcher other) {
        return new Methods.Either(this, other);
    }
}
