package dev.reuseagent.weave;

import java.util.List;

/**
 * One hook: the class it instruments (by exact name), the methods in it, and the advice class woven into them.
 * Creating a hook reads nothing; the advice class file is parsed the first time a class it applies to is woven.
 *
 * <p>In a {@link HookGroup} (one client), a hook is required unless it is marked {@link #onlyIn(String...) only in}
 * one or more library versions: the group applies in a class loader only when every required hook and every hook
 * of at least one version apply there.
 */
public final class Hook {

    private final String className;
    private final String internalName;
    private final MethodMatcher methods;
    private final Class<?> advice;
    /** The library versions this hook is needed in; empty: needed in every version. */
    private final List<String> versions;
    /** Applies where its methods exist, and matching none is no problem ({@link #optional}). */
    private final boolean optional;

    /**
     * @param className the instrumented class's binary name, e.g. {@code java.net.Socket} or {@code a.b.C$D}
     * @param methods   the methods of that class to weave
     * @param advice    the advice class (see {@link Advice}); it must be visible from every class loader that
     *                  defines the instrumented class, which in practice means on the bootstrap class path
     */
    public Hook(String className, MethodMatcher methods, Class<?> advice) {
        this(className, methods, advice, List.of(), false);
    }

    private Hook(String className, MethodMatcher methods, Class<?> advice, List<String> versions, boolean optional) {
        this.className = className;
        this.internalName = className.replace('.', '/');
        this.methods = methods;
        this.advice = advice;
        this.versions = versions;
        this.optional = optional;
    }

    /**
     * This hook, needed only in some versions of the library ({@code "4.x"}, or {@code "3.x", "4.x"}): where the code
     * it hooks is shaped differently in other versions, each shape is its own hook, marked with the versions that
     * have it. In a version it is not marked with, it may fail to bind (a field named otherwise) without making the
     * group stand down: it then simply does not apply there.
     */
    public Hook onlyIn(String... libraryVersions) {
        return new Hook(className, methods, advice, List.of(libraryVersions), optional);
    }

    /**
     * This hook, for methods that newer versions of a class added (java.net.http's {@code HttpClient#close()}, JDK
     * 21+): woven where they exist, and matching no method is no problem, since code that cannot call a method
     * needs no hook in it. A method that exists but does not bind still is one.
     */
    public Hook optional() {
        return new Hook(className, methods, advice, versions, true);
    }

    /**
     * This hook for a relocated copy of its library: the class and every type its matcher reads in a method
     * descriptor moved from package {@code from} to {@code to} (internal form, trailing slash:
     * {@code org/apache/http/} to {@code com/acme/shaded/org/apache/http/}). A class outside {@code from} keeps its
     * name. The advice is the same: it links JDK types only.
     */
    public Hook relocated(String from, String to) {
        String name = internalName.startsWith(from) ? to.concat(internalName.substring(from.length())) : internalName;
        return new Hook(name.replace('/', '.'), new RelocatedMatcher(methods, from, to), advice, versions, optional);
    }

    /** The library versions this hook is needed in; empty when it is needed in every version. */
    public List<String> versions() {
        return versions;
    }

    /** Needed in every version of the library (not marked {@link #onlyIn} or {@link #optional}). */
    public boolean required() {
        return versions.isEmpty() && !optional;
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
        return versions.isEmpty() ? text.toString()
                : text.append(" (only in ").append(String.join(", ", versions)).append(')').toString();
    }
}
