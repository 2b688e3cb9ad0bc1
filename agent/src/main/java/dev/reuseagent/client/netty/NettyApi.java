package dev.reuseagent.client.netty;

import java.lang.reflect.Method;

import static dev.reuseagent.client.NettyListener.call;

/**
 * The few Netty methods the slice calls, reached reflectively through Netty's public interfaces (the agent lives on
 * the boot class path, where Netty is invisible): one set per class loader that defines Netty, found through the
 * class of the promise at hand.
 */
final class NettyApi {

    /** Netty's TCP channel interface: NioSocketChannel, EpollSocketChannel, KQueueSocketChannel, IoUringSocketChannel. */
    static final String TCP_CHANNEL = "io.netty.channel.socket.SocketChannel";

    private static final ClassValue<NettyApi> BY_CLASS = new ClassValue<>() {
        @Override
        protected NettyApi computeValue(Class<?> type) {
            return new NettyApi(type.getClassLoader());
        }
    };

    private static final ClassValue<Boolean> TCP = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return implementsNamed(type, TCP_CHANNEL);
        }
    };

    private final Class<?> listenerType;
    private final Method channel;
    private final Method isVoid;
    private final Method addListener;
    private final Method isSuccess;

    private NettyApi(ClassLoader loader) {
        try {
            Class<?> promise = Class.forName("io.netty.channel.ChannelPromise", false, loader);
            Class<?> future = Class.forName("io.netty.util.concurrent.Future", false, loader);
            listenerType = Class.forName("io.netty.util.concurrent.GenericFutureListener", false, loader);
            channel = promise.getMethod("channel");
            isVoid = promise.getMethod("isVoid");
            addListener = promise.getMethod("addListener", listenerType);
            isSuccess = future.getMethod("isSuccess");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Netty's promise API not found in " + loader, e);
        }
    }

    /** The API of the Netty that defined {@code type} (a promise or future class). */
    static NettyApi of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** True for Netty's TCP channels of every transport; false for datagram, local, embedded, domain sockets. */
    static boolean isTcpChannel(Class<?> type) {
        return TCP.get(type);
    }

    Object channel(Object promise) {
        return call(channel, promise);
    }

    boolean isVoid(Object promise) {
        return (Boolean) call(isVoid, promise);
    }

    boolean isSuccess(Object future) {
        return (Boolean) call(isSuccess, future);
    }

    /** Adds {@code handler} to the promise as a {@code GenericFutureListener}: a proxy in Netty's class loader. */
    void addListener(Object promise, NettyConnect handler) {
        handler.addTo(promise, listenerType, addListener);
    }

    private static boolean implementsNamed(Class<?> type, String interfaceName) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(interfaceName) || implementsNamed(i, interfaceName)) {
                    return true;
                }
            }
        }
        return false;
    }
}
