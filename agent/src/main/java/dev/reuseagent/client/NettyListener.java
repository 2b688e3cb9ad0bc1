package dev.reuseagent.client;

import dev.reuseagent.track.AgentCounters;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The agent's side of a Netty {@code GenericFutureListener}, for the slices that listen to Netty futures (a connect's
 * promise, a channel's close): the invocation handler of a {@link java.lang.reflect.Proxy} of Netty's listener
 * interface, made in Netty's class loader ({@link #addTo}). Netty calls it on an event loop, outside any woven
 * method, so it guards itself: an error is counted like an advice error, never thrown into Netty (which would log a
 * warning in the application's log).
 */
public abstract class NettyListener implements InvocationHandler {

    /** The future completed ({@code operationComplete(future)}). */
    protected abstract void completed(Object future);

    /** What {@code toString()} of the proxy says. */
    protected abstract String describe();

    @Override
    public final Object invoke(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        if (name.equals("operationComplete") && args != null && args.length == 1) {
            try {
                completed(args[0]);
            } catch (Throwable t) {
                AgentCounters.adviceError(t);
            }
            return null;
        }
        if (name.equals("equals")) {
            return args != null && args.length == 1 && proxy == args[0];
        }
        if (name.equals("hashCode")) {
            return System.identityHashCode(proxy);
        }
        return name.equals("toString") ? describe() : null;
    }

    /**
     * Adds this handler to {@code future} as a {@code GenericFutureListener} ({@code listenerType}, through
     * {@code addListener}, both of the future's Netty).
     */
    public final void addTo(Object future, Class<?> listenerType, Method addListener) {
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType}, this);
        call(addListener, future, listener);
    }

    /** Calls a library method reflectively; what it throws comes out unchecked, named after the method. */
    public static Object call(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method.getName() + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method.getName() + " not accessible", e);
        }
    }
}
