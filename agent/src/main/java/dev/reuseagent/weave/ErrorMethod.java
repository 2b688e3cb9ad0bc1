package dev.reuseagent.weave;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** The static method woven code calls with whatever an advice call threw, as the woven code names it. */
final class ErrorMethod {

    static final String DESCRIPTOR = "(Ljava/lang/Throwable;)V";

    final String owner;
    final String name;
    final boolean ownerIsInterface;

    ErrorMethod(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        int modifiers = method.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isPublic(modifiers) || !Modifier.isPublic(
                declaring.getModifiers()) || method.getReturnType() != void.class
                || method.getParameterCount() != 1 || method.getParameterTypes()[0] != Throwable.class) {
            throw new IllegalArgumentException("the advice error method must be public static void m(Throwable) "
                    .concat("of a public class: ").concat(method.toString()));
        }
        this.owner = declaring.getName().replace('.', '/');
        this.name = method.getName();
        this.ownerIsInterface = declaring.isInterface();
    }
}
