package dev.reuseagent.client.jdkhttp;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The java.net.http internals the repairs touch, by reflection: the agent lives on the boot class path, which does
 * not see module {@code java.net.http}. Its package {@code jdk.internal.net.http} (and {@code .common}) is opened to
 * the agent once, through {@link Instrumentation#redefineModule}, the first time a repair needs it; nothing else of
 * the module changes. Verified against OpenJDK 17.0.15 and Temurin 25.0.3:
 * <ul>
 *   <li>{@code HttpClientFacade(HttpClientImpl)}, its field {@code impl}: the object {@code build()} returns wraps the
 *       client; a second facade over the same client is what a merged build returns.</li>
 *   <li>{@code java.net.http.HttpClient#close()/#shutdown()/#shutdownNow()} (JDK 21+, public API): to stop a client
 *       for real.</li>
 *   <li>{@code jdk.internal.net.http.common.HttpBodySubscriberWrapper#userSubscriber} (JDK 21+): the application's
 *       body subscriber behind the JDK's wrapper (JDK 17 passes it unwrapped).</li>
 * </ul>
 * Every method throws on failure; the callers turn that into a repair not applied.
 */
final class JdkHttpInternals {

    static final String FACADE = JdkHttpInstrumentation.FACADE;
    static final String INPUT_STREAM = JdkHttpInstrumentation.BODY_STREAM;
    private static final String[] PACKAGES = {"jdk.internal.net.http", "jdk.internal.net.http.common"};

    /** {@code java.net.http.HttpClient}'s public methods by name, or FALSE where this JDK has none. */
    private static final Map<String, Object> API_METHODS = new ConcurrentHashMap<>();

    private final Instrumentation instrumentation;
    private volatile boolean opened;
    private Field facadeImpl;
    private volatile Object lastList;
    private Constructor<?> facadeConstructor;

    /** The wrapper field that holds the application's body subscriber, per subscriber class (absent: null). */
    private final ClassValue<Field> userSubscriber = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField("userSubscriber");
                    f.setAccessible(true);
                    return f;
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                }
            }
            return null;
        }
    };

    JdkHttpInternals(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /**
     * Opens the internal packages of {@code internalClass}'s module (java.net.http) to the agent, once.
     *
     * @throws IllegalStateException when the JVM does not allow it (no instrumentation, a module that cannot change)
     */
    void open(Class<?> internalClass) {
        if (!opened) {
            openOnce(internalClass);
        }
    }

    private synchronized void openOnce(Class<?> internalClass) {
        if (opened) {
            return;
        }
        Module http = internalClass.getModule();
        Module agent = JdkHttpInternals.class.getModule();
        if (instrumentation == null || !instrumentation.isModifiableModule(http)) {
            throw new IllegalStateException("cannot open " + http.getName() + " to the agent");
        }
        Set<Module> toAgent = Set.of(agent);
        instrumentation.redefineModule(http, Set.of(), Map.of(), Map.of(PACKAGES[0], toAgent, PACKAGES[1], toAgent),
                Set.of(), Map.of());
        opened = true;
    }

    /** The HttpClientImpl behind a facade. */
    Object impl(Object facade) throws ReflectiveOperationException {
        return facadeImpl(facade.getClass()).get(facade);
    }

    /** A new facade over an existing client: what the application gets for a merged build. */
    Object newFacade(Object facadeOfSameClient, Object impl) throws ReflectiveOperationException {
        Constructor<?> c;
        synchronized (this) {
            c = facadeConstructor;
            if (c == null) {
                c = facadeOfSameClient.getClass().getDeclaredConstructor(impl.getClass());
                c.setAccessible(true);
                facadeConstructor = c;
            }
        }
        try {
            return c.newInstance(impl);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("HttpClientFacade constructor failed", e.getCause());
        }
    }

    private synchronized Field facadeImpl(Class<?> facadeClass) throws NoSuchFieldException {
        if (facadeImpl == null) {
            Field f = facadeClass.getDeclaredField("impl");
            f.setAccessible(true);
            facadeImpl = f;
        }
        return facadeImpl;
    }

    /**
     * Calls a no-argument method of the public {@code java.net.http.HttpClient} API on {@code client} ({@code close},
     * {@code shutdown}, {@code shutdownNow}).
     *
     * @return false when this JDK's HttpClient has no such method (before JDK 21)
     */
    static boolean callApi(Object client, String name) throws ReflectiveOperationException {
        Object found = API_METHODS.get(name);
        if (found == null) {
            Class<?> api = Class.forName("java.net.http.HttpClient", false, client.getClass().getClassLoader());
            try {
                found = api.getMethod(name);
            } catch (NoSuchMethodException e) {
                found = Boolean.FALSE; // before JDK 21; looked up once, not per call
            }
            API_METHODS.put(name, found);
        }
        if (!(found instanceof Method)) {
            return false;
        }
        Method method = (Method) found;
        try {
            method.invoke(client);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(name + "() failed", cause);
        }
        return true;
    }

    /**
     * The body stream's end-of-body marker (its static {@code LAST_LIST}), which {@code onComplete} queues: a queue
     * holding it has the whole body.
     */
    Object lastList(Class<?> streamClass) throws ReflectiveOperationException {
        Object marker = lastList;
        if (marker == null) {
            open(streamClass);
            Field f = streamClass.getDeclaredField("LAST_LIST");
            f.setAccessible(true);
            marker = f.get(null);
            lastList = marker;
        }
        return marker;
    }

    /**
     * The application's body subscriber: {@code subscriber} itself, or the one a JDK wrapper holds (field
     * {@code userSubscriber}); null if it is neither.
     */
    Object applicationSubscriber(Object subscriber) throws IllegalAccessException {
        if (subscriber == null) {
            return null;
        }
        if (subscriber.getClass().getName().equals(INPUT_STREAM)) {
            return subscriber;
        }
        Field f = userSubscriber.get(subscriber.getClass());
        return f == null ? null : f.get(subscriber);
    }
}
