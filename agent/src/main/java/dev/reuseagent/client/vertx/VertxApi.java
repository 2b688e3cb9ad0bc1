package dev.reuseagent.client.vertx;

import dev.reuseagent.model.Origin;

import java.lang.reflect.Method;

import static dev.reuseagent.client.NettyListener.call;

/**
 * The few Vert.x and Netty methods the slice calls, public interface methods reached reflectively (the agent lives
 * on the boot class path, where they are invisible): one set per class loader that defines Vert.x, found through the
 * class of the connection at hand.
 */
final class VertxApi {

    private static final ClassValue<VertxApi> BY_CLASS = new ClassValue<>() {
        @Override
        protected VertxApi computeValue(Class<?> type) {
            return new VertxApi(type.getClassLoader());
        }
    };

    private final Method channel;
    private final Method connectionChannel;
    private final Method isSsl;
    private final Method authorityHost;
    private final Method authorityPort;
    private final Method serverHost;
    private final Method serverPort;

    private VertxApi(ClassLoader loader) {
        try {
            channel = Class.forName("io.netty.channel.ChannelHandlerContext", false, loader).getMethod("channel");
            Class<?> connection = Class.forName("io.vertx.core.net.impl.ConnectionBase", false, loader);
            connectionChannel = connection.getMethod("channel");
            isSsl = connection.getMethod("isSsl");
            Class<?> hostAndPort = Class.forName("io.vertx.core.net.HostAndPort", false, loader);
            authorityHost = hostAndPort.getMethod("host");
            authorityPort = hostAndPort.getMethod("port");
            Class<?> socketAddress = Class.forName("io.vertx.core.net.SocketAddress", false, loader);
            serverHost = socketAddress.getMethod("host");
            serverPort = socketAddress.getMethod("port");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vert.x's API not found in " + loader, e);
        }
    }

    /** The API of the Vert.x that defined {@code type}. */
    static VertxApi of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** The Netty channel of a {@code ChannelHandlerContext}. */
    Object channel(Object chctx) {
        return call(channel, chctx);
    }

    /** The Netty channel of a Vert.x connection ({@code ConnectionBase}). */
    Object connectionChannel(Object connection) {
        return call(connectionChannel, connection);
    }

    /** Whether a Vert.x connection runs over TLS. */
    boolean isSsl(Object connection) {
        return (Boolean) call(isSsl, connection);
    }

    /**
     * The origin a connection serves: the request's authority (host and port as the application gave them), else the
     * server address; null for a server without host and port (a domain socket).
     */
    Origin origin(boolean ssl, Object authority, Object server) {
        String scheme = ssl ? "https" : "http";
        if (authority != null) {
            int port = (Integer) call(authorityPort, authority);
            if (port > 0) {
                return Origin.of(scheme, (String) call(authorityHost, authority), port);
            }
        }
        if (server == null) {
            return null;
        }
        String host = (String) call(serverHost, server);
        int port = (Integer) call(serverPort, server);
        return host == null || port <= 0 ? null : Origin.of(scheme, host, port);
    }
}
