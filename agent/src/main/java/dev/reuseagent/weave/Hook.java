package dev.reuseagent.weave;

/**
 * One hook: the class it instruments (by exact name), the methods in it, and the advice class woven into them.
 * Creating a hook reads nothing; the advice class file is parsed the first time a class it applies to is woven.
 *
 * <p>In a {@link HookGroup} (one client), a hook is required unless it is marked {@link #onlyIn(String) only in} a
 * library version: the group applies in a class loader only when every required hook and every hook of at least
 * one version apply there.
 */
public final class Hook {

    private final String className;
    private final String internalName;
    private final MethodMatcher methods;
    private final Class<?> advice;
    private final String variant;

    /**
     * @param className the instrumented class's binary name, e.g. {@code java.net.Socket} or {@code a.b.C$D}
     * @param methods   the methods of that class to weave
     * @param advice    the advice class (see {@link Advice}); it must be visible from every class loader that
     *                  defines the instrumented class, which in practice means on the bootstrap class path
     */
    public Hook(String className, MethodMatcher methods, Class<?> advice) {
        this(className, methods, advice, null);
    }

    private Hook(String className, MethodMatcher methods, Class<?> advice, String variant) {
        this.className = className;
        this.internalName = className.replace('.', '/');
        this.methods = methods;
        this.advice = advice;
        this.variant = variant;
    }

    /**
     * This hook, needed only in one version of the library ({@code "4.x"}): where the code it hooks is shaped
     * differently in other versions, each shape is its own hook, marked with its version.
     */
    public Hook onlyIn(String libraryVersion) {
        return new Hook(className, methods, advice, libraryVersion);
    }

    /** The library version this hook is needed in, or null: needed in every version. */
    public String variant() {
        return variant;
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
        StringBuilder text = new StringBuilder(className).append(' ').append(methods).append(" -> ")
                .append(advice.getName());
        return variant == null ? text.toString() : text.append(" (only in ").append(variant).append(')').toString();
    }
}
