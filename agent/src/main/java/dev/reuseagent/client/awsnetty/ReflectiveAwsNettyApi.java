package dev.reuseagent.client.awsnetty;

import dev.reuseagent.client.NettyListener;
import dev.reuseagent.model.Origin;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import static dev.reuseagent.client.NettyListener.call;

/**
 * {@link AwsNettyApi} by reflection (the agent lives on the boot class path, where netty-nio-client and Netty are
 * invisible): one set of members per class loader that defines netty-nio-client, found through the class of an SDK
 * object at hand; public methods, but for the package-private attribute keys of {@code ChannelAttributeKey}, opened
 * here (the SDK lives in an unnamed module).
 */
final class ReflectiveAwsNettyApi extends AwsNettyApi {

    /** The API of the netty-nio-client that defined a class, by that class. */
    static final ClassValue<AwsNettyApi> BY_CLASS = new ClassValue<>() {
        @Override
        protected AwsNettyApi computeValue(Class<?> type) {
            return new ReflectiveAwsNettyApi(type.getClassLoader());
        }
    };

    private final Method channelPool;
    private final Method executeRequest;
    private final Method request;
    private final Method protocol;
    private final Method host;
    private final Method port;
    private final Method isSuccess;
    private final Method getNow;
    private final Method isActive;
    private final Method parent;
    private final Method attr;
    private final Method attributeGet;
    private final Method closeFuture;
    private final Method addListener;
    private final Class<?> listenerType;
    /** {@code ChannelAttributeKey.KEEP_ALIVE}: false when the last response said the connection ends. */
    private final Object keepAliveKey;
    /** {@code ChannelAttributeKey.IN_USE}: true while a request holds the channel. */
    private final Object inUseKey;
    /** {@code ChannelAttributeKey.RESPONSE_COMPLETE_KEY}: true once the current response's last content arrived. */
    private final Object responseCompleteKey;
    private final Method contextChannel;

    private ReflectiveAwsNettyApi(ClassLoader loader) {
        try {
            Class<?> context = Class.forName(AwsNettyInstrumentation.PACKAGE + "RequestContext", false, loader);
            Class<?> channel = Class.forName("io.netty.channel.Channel", false, loader);
            Class<?> future = Class.forName("io.netty.util.concurrent.Future", false, loader);
            Class<?> sdkRequest = Class.forName("software.amazon.awssdk.http.SdkHttpRequest", false, loader);
            listenerType = Class.forName("io.netty.util.concurrent.GenericFutureListener", false, loader);
            channelPool = context.getMethod("channelPool");
            executeRequest = context.getMethod("executeRequest");
            request = Class.forName("software.amazon.awssdk.http.async.AsyncExecuteRequest", false, loader)
                    .getMethod("request");
            protocol = sdkRequest.getMethod("protocol");
            host = sdkRequest.getMethod("host");
            port = sdkRequest.getMethod("port");
            isSuccess = future.getMethod("isSuccess");
            getNow = future.getMethod("getNow");
            isActive = channel.getMethod("isActive");
            parent = channel.getMethod("parent");
            closeFuture = channel.getMethod("closeFuture");
            attr = Class.forName("io.netty.util.AttributeMap", false, loader)
                    .getMethod("attr", Class.forName("io.netty.util.AttributeKey", false, loader));
            attributeGet = Class.forName("io.netty.util.Attribute", false, loader).getMethod("get");
            addListener = future.getMethod("addListener", listenerType);
            Class<?> keys = Class.forName(AwsNettyInstrumentation.PACKAGE + "ChannelAttributeKey", false, loader);
            keepAliveKey = staticField(keys, "KEEP_ALIVE");
            inUseKey = staticField(keys, "IN_USE");
            responseCompleteKey = staticField(keys, "RESPONSE_COMPLETE_KEY");
            contextChannel = Class.forName("io.netty.channel.ChannelHandlerContext", false, loader)
                    .getMethod("channel");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("netty-nio-client's API not found in " + loader, e);
        }
    }

    private static Object staticField(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    @Override
    Object pool(Object context) {
        return call(channelPool, context);
    }

    @Override
    Origin origin(Object context) {
        Object sdkRequest = call(request, call(executeRequest, context));
        return Origin.of(String.valueOf(call(protocol, sdkRequest)), String.valueOf(call(host, sdkRequest)),
                (Integer) call(port, sdkRequest));
    }

    @Override
    boolean isSuccess(Object future) {
        return (Boolean) call(isSuccess, future);
    }

    @Override
    Object getNow(Object future) {
        return call(getNow, future);
    }

    @Override
    boolean isActive(Object channel) {
        return (Boolean) call(isActive, channel);
    }

    @Override
    Object parent(Object channel) {
        return call(parent, channel);
    }

    @Override
    Boolean keepAlive(Object channel) {
        return attribute(channel, keepAliveKey);
    }

    @Override
    Boolean inUse(Object channel) {
        return attribute(channel, inUseKey);
    }

    @Override
    Boolean responseComplete(Object channel) {
        return attribute(channel, responseCompleteKey);
    }

    private Boolean attribute(Object channel, Object key) {
        Object value = call(attributeGet, call(attr, channel, key));
        return value instanceof Boolean ? (Boolean) value : null;
    }

    @Override
    Object channelOf(Object handlerContext) {
        return call(contextChannel, handlerContext);
    }

    @Override
    void onClose(Object channel, NettyListener listener) {
        listener.addTo(call(closeFuture, channel), listenerType, addListener);
    }
}
