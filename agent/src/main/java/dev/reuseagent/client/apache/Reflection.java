package dev.reuseagent.client.apache;

import dev.reuseagent.util.Relocations;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reflective access to Apache HttpClient's own fields and methods for the enforcement repairs: the agent runs from
 * the boot class path and never links against the library. Fields and methods are looked up once per library class
 * and kept with that class ({@link ClassValue}: a map keyed by class or loader would keep the application's class
 * loader alive). Private members are made accessible: the library is on the class path (its unnamed module opens
 * everything) or an automatic module (which opens every package too); where it is not, the lookup throws and the
 * repair is not applied.
 *
 * <p>Only on rare paths: enforcement's (a client being built, a response closed unread, a shared manager created),
 * and a route whose text the library cannot write (see {@link ApacheRoutes}).
 */
public final class Reflection {

    private static final ClassValue<ConcurrentHashMap<String, Object>> MEMBERS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Object> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Reflection() {
    }

    /** The field {@code name} declared by {@code declaring} itself, accessible. */
    public static Field field(Class<?> declaring, String name) throws ReflectiveOperationException {
        ConcurrentHashMap<String, Object> members = MEMBERS.get(declaring);
        Object cached = members.get(name);
        if (cached instanceof Field) {
            return (Field) cached;
        }
        Field field = declaring.getDeclaredField(name);
        field.setAccessible(true);
        members.put(name, field);
        return field;
    }

    /** The value of field {@code name}, declared by {@code declaring} (a class of {@code target} or a superclass). */
    public static Object get(Object target, Class<?> declaring, String name) throws ReflectiveOperationException {
        return field(declaring, name).get(target);
    }

    /** The field {@code name} declared by {@code target}'s own class. */
    public static Object get(Object target, String name) throws ReflectiveOperationException {
        return field(target.getClass(), name).get(target);
    }

    /** The public method {@code name} without parameters, made accessible (its class may be package-private). */
    public static Object call(Object target, String name) throws ReflectiveOperationException {
        return method(target.getClass(), name).invoke(target);
    }

    /** The public method {@code name} of {@code type} with these parameter types, accessible. */
    public static Method method(Class<?> type, String name, Class<?>... parameters)
            throws ReflectiveOperationException {
        String key = "()" + name + parameters.length + (parameters.length == 0 ? "" : parameters[0].getName());
        ConcurrentHashMap<String, Object> members = MEMBERS.get(type);
        Object cached = members.get(key);
        if (cached instanceof Method) {
            return (Method) cached;
        }
        Method method = type.getMethod(name, parameters);
        method.setAccessible(true);
        members.put(key, method);
        return method;
    }

    /** {@code type} or its nearest superclass named {@code className}, or null. */
    public static Class<?> superclassNamed(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Relocations.is(c.getName(), className)) {
                return c;
            }
        }
        return null;
    }
}
