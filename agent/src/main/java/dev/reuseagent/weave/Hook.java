package dev.reuseagent.weave;

/**
 * One hook: the class it instruments (by exact name), the methods in it, and the advice class woven into them.
 * Creating a hook reads nothing; the advice class file is parsed the first time a class it applies to is woven.
 */
public final class Hook {

    private final String className;
    private final String internalName;
    private final MethodMatcher methods;
    private final Class<?> advice;

    /**
     * @param className the instrumented class's binary name, e.g. {@code java.net.Socket} or {@code a.b.C$D}
     * @param methods   the methods of that class to weave
     * @param advice    the advice class (see {@link Advice}); it must be visible from every class loader that
     *                  defines the instrumented class, which in practice means on the bootstrap class path
     */
    public Hook(String className, MethodMatcher methods, Class<?> advice) {
        this.className = className;
        this.internalName = className.replace('.', '/');
        this.methods = methods;
        this.advice = advice;
    }

    /** The instrumented class's binary name ({@code a.b.C$D}). */
    public String className() {
        return className;
    }

    /** The instrumented class's internal name ({@code a/b/C$D}), the key {@link HookLookup} is asked with. */
    public String internalName() {
        return internalName;
    }

    /** The methods this hook weaves. */
    public MethodMatcher methods() {
        return methods;
    }

    /** The advice class. */
    public Class<?> advice() {
        return advice;
    }

    @Override
    public String toString() {
        return new StringBuilder(className).append(' ').append(methods).append(" -> ").append(advice.getName())
                .toString();
    }
}
