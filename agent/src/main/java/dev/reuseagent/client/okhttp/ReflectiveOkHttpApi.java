package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.Origin;

import java.lang.ref.Reference;
import java.lang.reflect.Method;
import java.util.List;

/**
 * {@link OkHttpApi} through OkHttp's public API ({@code okhttp3.Connection#route()}, {@code Route#address()},
 * {@code Address#url()}, ...), by reflection. Those methods have the same descriptors in 4.12 and 5.x and live
 * in the exported package {@code okhttp3}, so this works on the class path and on the module path alike. The
 * methods are looked up once per OkHttp class the hooks see (a handful per class loader).
 */
final class ReflectiveOkHttpApi implements OkHttpApi {

    static final ReflectiveOkHttpApi INSTANCE = new ReflectiveOkHttpApi();

    /**
     * The methods as the class loader of an OkHttp class sees them, kept with that class: a weak map keyed by the
     * loader would never let go, since the methods reference their classes and so the loader.
     */
    private static final ClassValue<Methods> METHODS = new ClassValue<>() {
        @Override
        protected Methods computeValue(Class<?> okhttpClass) {
            return Methods.lookUp(okhttpClass.getClassLoader());
        }
    };

    private ReflectiveOkHttpApi() {
    }

    @Override
    public Origin origin(Object connection) {
        try {
            return originOfRoute(methods(connection).route.invoke(connection));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public Origin originOfRoute(Object route) {
        try {
            Methods m = methods(route);
            Object url = m.url.invoke(m.address.invoke(route));
            String host = (String) m.host.invoke(url);
            // HttpUrl#host() gives IPv6 literals without brackets; an origin writes them as a URL does.
            if (host != null && host.indexOf(':') >= 0) {
                host = "[" + host + "]";
            }
            return Origin.of((String) m.scheme.invoke(url), host, (Integer) m.port.invoke(url));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public Object sslSocketFactory(Object connection) {
        try {
            Methods m = methods(connection);
            return m.sslSocketFactory.invoke(address(m, connection));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public boolean requestAsksClose(Object response) {
        try {
            Methods m = methods(response);
            Object request = m.responseRequest.invoke(response);
            return "close".equalsIgnoreCase((String) m.requestHeader.invoke(request, "Connection"));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public boolean canceled(Object call) {
        try {
            return call != null && (Boolean) methods(call).isCanceled.invoke(call);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Through {@code RealConnection#getCalls()} (4.12 and 5.x; internal, so looked up here, off the shared method
     * table, and only on the failure path that asks).
     */
    @Override
    public boolean callCanceled(Object connection) {
        try {
            Object calls = connection.getClass().getMethod("getCalls").invoke(connection);
            if (!(calls instanceof List)) {
                return false;
            }
            for (Object ref : ((List<?>) calls).toArray()) {
                if (ref instanceof Reference && canceled(((Reference<?>) ref).get())) {
                    return true;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
        return false;
    }

    private static Object address(Methods m, Object connection) throws ReflectiveOperationException {
        return m.address.invoke(m.route.invoke(connection));
    }

    private static Methods methods(Object okhttpObject) throws ReflectiveOperationException {
        Methods m = METHODS.get(okhttpObject.getClass());
        if (m.failure != null) {
            throw m.failure;
        }
        return m;
    }

    /** The public OkHttp methods used, as one class loader sees them. */
    private static final class Methods {
        final Method route;
        final Method address;
        final Method url;
        final Method scheme;
        final Method host;
        final Method port;
        final Method sslSocketFactory;
        final Method responseRequest;
        final Method requestHeader;
        final Method isCanceled;
        /** Why the lookup failed (OkHttp's API not visible from that loader), else null. */
        final ReflectiveOperationException failure;

        private Methods(ClassLoader loader) throws ReflectiveOperationException {
            route = type("okhttp3.Connection", loader).getMethod("route");
            address = type("okhttp3.Route", loader).getMethod("address");
            Class<?> addressType = type("okhttp3.Address", loader);
            url = addressType.getMethod("url");
            sslSocketFactory = addressType.getMethod("sslSocketFactory");
            Class<?> httpUrl = type("okhttp3.HttpUrl", loader);
            scheme = httpUrl.getMethod("scheme");
            host = httpUrl.getMethod("host");
            port = httpUrl.getMethod("port");
            responseRequest = type("okhttp3.Response", loader).getMethod("request");
            requestHeader = type("okhttp3.Request", loader).getMethod("header", String.class);
            isCanceled = type("okhttp3.Call", loader).getMethod("isCanceled");
            failure = null;
        }

        private Methods(ReflectiveOperationException failure) {
            route = address = url = scheme = host = port = sslSocketFactory = responseRequest = requestHeader =
                    isCanceled = null;
            this.failure = failure;
        }

        static Methods lookUp(ClassLoader loader) {
            try {
                return new Methods(loader);
            } catch (ReflectiveOperationException e) {
                return new Methods(e);
            }
        }

        private static Class<?> type(String name, ClassLoader loader) throws ClassNotFoundException {
            return Class.forName(name, false, loader);
        }
    }
}
