package dev.reuseagent.client.nettytls;

import dev.reuseagent.transport.TransportTracker;

import java.lang.reflect.Method;

/**
 * Pairs each SslHandler's engine with its channel for the transport's SSLEngine hooks. Netty may wrap the JDK's
 * engine ({@code JdkSslEngine} and its ALPN subclasses, {@code getWrappedEngine()}); the hooks see the JDK's own, so
 * the wrappers are peeled off. A native engine (OpenSSL through netty-tcnative) wraps nothing of the JDK's: its
 * handshakes are not seen.
 */
final class NettyTlsTracking {

    private static final String JDK_ENGINE = "sun.security.ssl.SSLEngineImpl";
    /** Wrappers seen so far are one deep; a bound on the peeling, whatever a future version does. */
    private static final int MAX_WRAPPERS = 4;

    private final TransportTracker transport;
    /** The last context class and its {@code channel()} (one class in practice): no lookup per channel. */
    private volatile ChannelAccess channelAccess;

    NettyTlsTracking(TransportTracker transport) {
        this.transport = transport;
    }

    void handlerAdded(Object engine, Object context) throws ReflectiveOperationException {
        Object jdkEngine = jdkEngine(engine);
        if (jdkEngine == null) {
            return;
        }
        Object channel = channelOf(context);
        if (channel != null) {
            transport.engines().onChannel(jdkEngine, channel);
        }
    }

    private static Object jdkEngine(Object engine) throws ReflectiveOperationException {
        Object current = engine;
        for (int i = 0; i <= MAX_WRAPPERS && current != null; i++) {
            if (current.getClass().getName().equals(JDK_ENGINE)) {
                return current;
            }
            Method unwrap = publicMethod(current.getClass(), "getWrappedEngine");
            if (unwrap == null) {
                return null; // not the JDK's engine (OpenSSL), nor a wrapper of it
            }
            current = unwrap.invoke(current);
        }
        return null;
    }

    private Object channelOf(Object context) throws ReflectiveOperationException {
        ChannelAccess access = channelAccess;
        if (access == null || access.type != context.getClass()) {
            Method method = publicMethod(context.getClass(), "channel");
            if (method == null) {
                return null;
            }
            access = new ChannelAccess(context.getClass(), method);
            channelAccess = access;
        }
        return access.method.invoke(context);
    }

    /** A no-argument method declared by {@code type} or a superclass, made callable (Netty's are often package-private). */
    private static Method publicMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0) {
                    return m.trySetAccessible() ? m : null; // false in a named module that does not open it
                }
            }
        }
        return null;
    }

    private static final class ChannelAccess {
        final Class<?> type;
        final Method method;

        ChannelAccess(Class<?> type, Method method) {
            this.type = type;
            this.method = method;
        }
    }
}
