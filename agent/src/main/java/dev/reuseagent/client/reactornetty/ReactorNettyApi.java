package dev.reuseagent.client.reactornetty;

import java.lang.reflect.Method;

import static dev.reuseagent.client.NettyListener.call;

/**
 * The few Reactor Netty, reactor-pool (shaded into reactor-netty-core) and Netty methods the slice calls, all
 * public interface methods reached reflectively (the agent lives on the boot class path, where they are invisible):
 * one set per class loader that defines Reactor Netty, found through the class of the object at hand.
 */
final class ReactorNettyApi {

    static final String POOL_PACKAGE = "reactor.netty.internal.shaded.reactor.pool.";

    private static final ClassValue<ReactorNettyApi> BY_CLASS = new ClassValue<>() {
        @Override
        protected ReactorNettyApi computeValue(Class<?> type) {
            return new ReactorNettyApi(type.getClassLoader());
        }
    };

    /** {@code reactor.netty.http.client.HttpClientConfig}, or null where only reactor-netty-core is present. */
    private final Class<?> httpConfig;
    private final Method isSecure;
    private final Method protocols;
    private final Class<?> connectionType;
    private final Method poolable;
    private final Method metadata;
    private final Method acquireCount;
    private final Method connectionChannel;
    private final Method isPersistent;
    private final Method isDisposed;
    private final Method isActive;
    private final Method closeFuture;
    private final Method addListener;
    private final Class<?> listenerType;

    private ReactorNettyApi(ClassLoader loader) {
        try {
            Class<?> pooledRef = Class.forName(POOL_PACKAGE + "PooledRef", false, loader);
            Class<?> connection = Class.forName("reactor.netty.Connection", false, loader);
            connectionType = connection;
            Class<?> channel = Class.forName("io.netty.channel.Channel", false, loader);
            Class<?> future = Class.forName("io.netty.util.concurrent.Future", false, loader);
            listenerType = Class.forName("io.netty.util.concurrent.GenericFutureListener", false, loader);
            poolable = pooledRef.getMethod("poolable");
            metadata = pooledRef.getMethod("metadata");
            acquireCount = Class.forName(POOL_PACKAGE + "PooledRefMetadata", false, loader).getMethod("acquireCount");
            connectionChannel = connection.getMethod("channel");
            isPersistent = connection.getMethod("isPersistent");
            isDisposed = Class.forName("reactor.core.Disposable", false, loader).getMethod("isDisposed");
            isActive = channel.getMethod("isActive");
            closeFuture = channel.getMethod("closeFuture");
            addListener = future.getMethod("addListener", listenerType);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Reactor Netty's API not found in " + loader, e);
        }
        Class<?> config = null;
        Method secure = null;
        Method httpProtocols = null;
        try {
            config = Class.forName("reactor.netty.http.client.HttpClientConfig", false, loader);
            secure = config.getMethod("isSecure");
            httpProtocols = config.getMethod("protocols");
        } catch (ReflectiveOperationException e) {
            config = null; // reactor-netty-core without its HTTP client: TCP pools are not tracked
        }
        httpConfig = config;
        isSecure = secure;
        protocols = httpProtocols;
    }

    /** The API of the Reactor Netty that defined {@code type}. */
    static ReactorNettyApi of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** Whether an HTTP client config asks for TLS; null when {@code config} is not an HTTP client's. */
    Boolean secure(Object config) {
        return httpConfig == null || !httpConfig.isInstance(config) ? null : (Boolean) call(isSecure, config);
    }

    /**
     * Whether an HTTP client config allows HTTP/2 ({@code H2}, {@code H2C}): its requests go to
     * {@code Http2ConnectionProvider}, whose TCP connections come from the pool under it.
     */
    boolean allowsHttp2(Object config) {
        for (Object protocol : (Object[]) call(protocols, config)) {
            if (!"HTTP11".equals(String.valueOf(protocol))) {
                return true;
            }
        }
        return false;
    }

    /** The pooled connection a {@code PooledRef} holds. */
    Object poolable(Object pooledRef) {
        return call(poolable, pooledRef);
    }

    /** How many times the pool handed out this {@code PooledRef}'s connection, this time included. */
    int acquireCount(Object pooledRef) {
        return (Integer) call(acquireCount, call(metadata, pooledRef));
    }

    /** The Netty channel of a {@code reactor.netty.Connection}. */
    Object channel(Object connection) {
        return call(connectionChannel, connection);
    }

    /** The Netty channel of {@code poolable} when it is a {@code reactor.netty.Connection}, else null. */
    Object channelOf(Object poolable) {
        return connectionType.isInstance(poolable) ? channel(poolable) : null;
    }

    boolean isPersistent(Object connection) {
        return (Boolean) call(isPersistent, connection);
    }

    boolean isDisposed(Object pool) {
        return (Boolean) call(isDisposed, pool);
    }

    boolean isActive(Object channel) {
        return (Boolean) call(isActive, channel);
    }

    /** Adds {@code handler} as a {@code GenericFutureListener} (a proxy in Netty's loader) to the channel's close. */
    void onClose(Object channel, ChannelClosed listener) {
        listener.addTo(call(closeFuture, channel), listenerType, addListener);
    }
}
