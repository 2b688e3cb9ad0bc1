package dev.reuseagent.client.grpc;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The few gRPC members the slice reads, reflectively (the agent lives on the boot class path, where gRPC is
 * invisible): one set per class loader that defines grpc-core, found through the class of the transport at hand.
 * The Netty channel is read from the transport's {@code channel} field, the same in grpc-netty and
 * grpc-netty-shaded ({@code NettyClientTransport}); other transports have none.
 */
final class GrpcApi {

    private static final ClassValue<GrpcApi> BY_CLASS = new ClassValue<>() {
        @Override
        protected GrpcApi computeValue(Class<?> type) {
            return new GrpcApi(type.getClassLoader());
        }
    };

    /** A class's own or inherited instance field of one name, made accessible; null where there is none. */
    private static final class FieldOf extends ClassValue<Field> {
        private final String name;

        FieldOf(String name) {
            this.name = name;
        }

        @Override
        protected Field computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField(name);
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException | RuntimeException e) {
                    // not declared here (or not accessible): look further up
                }
            }
            return null;
        }
    }

    private static final FieldOf DELEGATE = new FieldOf("delegate");
    private static final FieldOf CHANNEL = new FieldOf("channel");
    /** Netty's {@code AbstractNioChannel#ch}: the JDK channel under a NIO transport's channel. */
    private static final FieldOf JDK_CHANNEL = new FieldOf("ch");

    private final Method getAttributes;
    private final Method attribute;
    private final Object securityLevelKey;

    private GrpcApi(ClassLoader loader) {
        try {
            getAttributes = Class.forName("io.grpc.internal.ConnectionClientTransport", false, loader)
                    .getMethod("getAttributes");
            Class<?> attributes = Class.forName("io.grpc.Attributes", false, loader);
            attribute = attributes.getMethod("get", Class.forName("io.grpc.Attributes$Key", false, loader));
            securityLevelKey = Class.forName("io.grpc.internal.GrpcAttributes", false, loader)
                    .getField("ATTR_SECURITY_LEVEL").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("gRPC's API not found in " + loader, e);
        }
    }

    static GrpcApi of(Class<?> transportClass) {
        return BY_CLASS.get(transportClass);
    }

    /**
     * Whether the ready transport is secured (TLS): its {@code GrpcAttributes.ATTR_SECURITY_LEVEL} is set by the
     * protocol negotiator, {@code NONE} for plaintext.
     */
    boolean secure(Object transport) {
        try {
            Object attributes = getAttributes.invoke(transport);
            Object level = attributes == null ? null : attribute.invoke(attributes, securityLevelKey);
            return level instanceof Enum && !"NONE".equals(((Enum<?>) level).name());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("gRPC transport attributes not readable", e);
        }
    }

    /**
     * The Netty channel under {@code transport} (the {@code CallCredentialsApplyingTransport} a channel's factory
     * made), or null: its {@code delegate}'s {@code channel} field.
     */
    static Object nettyChannel(Object transport) {
        Object inner = read(DELEGATE, transport);
        return inner == null ? null : read(CHANNEL, inner);
    }

    /** The transport a forwarding transport ({@code CallTracingTransport}) forwards to, or null. */
    static Object delegate(Object transport) {
        return read(DELEGATE, transport);
    }

    /** The JDK {@code SocketChannel} under a Netty NIO channel (relocated or not), or null for other transports. */
    static Object jdkChannel(Object nettyChannel) {
        return read(JDK_CHANNEL, nettyChannel);
    }

    /** Whether a Netty channel is one of its native transports' (epoll, kqueue, io_uring), which bypass java.net. */
    static boolean isNative(Object nettyChannel) {
        String name = nettyChannel.getClass().getName();
        return name.contains(".channel.epoll.") || name.contains(".channel.kqueue.")
                || name.contains(".channel.uring.");
    }

    private static Object read(FieldOf field, Object target) {
        Field f = field.get(target.getClass());
        try {
            return f == null ? null : f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("gRPC transport field not readable", e);
        }
    }
}
