package dev.reuseagent.weave;

/**
 * A {@link MethodMatcher} for a relocated copy of a library: the copy's method descriptors name the relocated
 * package ({@code Lcom/acme/shaded/org/apache/http/HttpHost;}); the matcher written for the library sees them with
 * the library's own package back ({@code Lorg/apache/http/HttpHost;}). Nothing else changes: names and access.
 */
final class RelocatedMatcher implements MethodMatcher {

    private final MethodMatcher matcher;
    /** {@code Lorg/apache/http/}: the library's package as it starts a type in a descriptor. */
    private final String library;
    /** {@code Lcom/acme/shaded/org/apache/http/}: the same, relocated. */
    private final String relocated;

    /**
     * @param from the library's package, internal form with a trailing slash ({@code org/apache/http/})
     * @param to   the package it was relocated to, in the same form
     */
    RelocatedMatcher(MethodMatcher matcher, String from, String to) {
        this.matcher = matcher;
        this.library = "L".concat(from);
        this.relocated = "L".concat(to);
    }

    @Override
    public boolean matches(int access, String name, String descriptor) {
        String original = descriptor.contains(relocated) ? descriptor.replace(relocated, library) : descriptor;
        return matcher.matches(access, name, original);
    }

    @Override
    public String toString() {
        return matcher.toString();
    }
}
