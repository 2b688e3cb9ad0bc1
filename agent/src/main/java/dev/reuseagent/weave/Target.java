package dev.reuseagent.weave;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** One hook: the exact class name, the methods in it, and the advice woven into them. */
public final class Target {

    final String typeName;
    final ElementMatcher<? super MethodDescription> methods;
    final Class<?> advice;

    public Target(String typeName, ElementMatcher<? super MethodDescription> methods, Class<?> advice) {
        this.typeName = typeName;
        this.methods = methods;
        this.advice = advice;
    }

    public String typeName() {
        return typeName;
    }
}
