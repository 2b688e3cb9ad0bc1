package dev.reuseagent.client.jetty;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Jetty's public methods, found through a public type (an object's own class may be a non-public implementation,
 * whose methods reflection may not call), and the last one found per call site, kept for the next call on an
 * object of the same class.
 */
final class PublicMethods {

    private final String name;
    private final Class<?>[] parameters;
    private volatile Found last;

    PublicMethods(String name, Class<?>... parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    private static final Object[] NO_ARGUMENTS = new Object[0];

    /** Calls the method, without arguments, on {@code target}: no array allocated per call (the exchange path). */
    Object call(Object target) throws ReflectiveOperationException {
        return call(target, NO_ARGUMENTS);
    }

    /** Calls the method on {@code target}; null when it has none (or for a null target). */
    Object call(Object target, Object[] arguments) throws ReflectiveOperationException {
        if (target == null) {
            return null;
        }
        Found found = last;
        if (found == null || found.owner != target.getClass()) {
            Method method = find(target.getClass(), name, parameters);
            if (method == null) {
                return null;
            }
            found = new Found(target.getClass(), method);
            last = found;
        }
        return found.method.invoke(target, arguments);
    }

    static Method find(Class<?> type, String name, Class<?>... parameters) {
        if (type == null) {
            return null;
        }
        if (Modifier.isPublic(type.getModifiers())) {
            try {
                Method m = type.getMethod(name, parameters);
                if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        for (Class<?> face : type.getInterfaces()) {
            Method m = find(face, name, parameters);
            if (m != null) {
                return m;
            }
        }
        return find(type.getSuperclass(), name, parameters);
    }

    private static final class Found {
        final Class<?> owner;
        final Method method;

        Found(Class<?> owner, Method method) {
            this.owner = owner;
            this.method = method;
        }
    }
}
