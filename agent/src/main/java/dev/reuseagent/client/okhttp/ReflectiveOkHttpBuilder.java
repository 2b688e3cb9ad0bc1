package dev.reuseagent.client.okhttp;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link OkHttpBuilderApi} by reflection, through methods that are public in the bytecode of OkHttp 4.12 and 5.x
 * alike, all in the exported package {@code okhttp3}: the builder's public setters, its Kotlin {@code internal}
 * property getters ({@code getConnectionPool$okhttp()} and the like: public, with a mangled name), the client's
 * getters and {@code ConnectionPool}'s public constructor. So it works on the class path and on the module path;
 * an OkHttp without these methods (3.x, a future major) makes every call throw, and the repair stays off.
 */
final class ReflectiveOkHttpBuilder implements OkHttpBuilderApi {

    static final ReflectiveOkHttpBuilder INSTANCE = new ReflectiveOkHttpBuilder();

    /** The methods as the class loader of an OkHttp class sees them, kept with that class (see ReflectiveOkHttpApi). */
    private static final ClassValue<Methods> METHODS = new ClassValue<>() {
        @Override
        protected Methods computeValue(Class<?> okhttpClass) {
            return Methods.lookUp(okhttpClass.getClassLoader());
        }
    };

    private ReflectiveOkHttpBuilder() {
    }

    @Override
    public Object pool(Object builder) throws ReflectiveOperationException {
        return methods(builder).pool.invoke(builder);
    }

    @Override
    public Object sslSocketFactory(Object builder) throws ReflectiveOperationException {
        return methods(builder).sslSocketFactory.invoke(builder);
    }

    @Override
    public boolean usesTls(Object builder) throws ReflectiveOperationException {
        Methods m = methods(builder);
        for (Object spec : (List<?>) m.connectionSpecs.invoke(builder)) {
            if ((Boolean) m.isTls.invoke(spec)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean defaultSocketFactory(Object builder) throws ReflectiveOperationException {
        return methods(builder).socketFactory.invoke(builder) == SocketFactory.getDefault();
    }

    @Override
    public boolean retriesOnConnectionFailure(Object builder) throws ReflectiveOperationException {
        return (Boolean) methods(builder).retryOnConnectionFailure.invoke(builder);
    }

    @Override
    public int pingIntervalMillis(Object builder) throws ReflectiveOperationException {
        return (Integer) methods(builder).pingInterval.invoke(builder);
    }

    @Override
    public Object newPool(Object builder, int maxIdle, long keepAliveMinutes) throws ReflectiveOperationException {
        return methods(builder).newPool.newInstance(maxIdle, keepAliveMinutes, TimeUnit.MINUTES);
    }

    @Override
    public void setPool(Object builder, Object pool) throws ReflectiveOperationException {
        methods(builder).setPool.invoke(builder, pool);
    }

    @Override
    public void setSslSocketFactory(Object builder, Object factory, Object trustManager)
            throws ReflectiveOperationException {
        methods(builder).setSslSocketFactory.invoke(builder, factory, trustManager);
    }

    @Override
    public Object[] clientTls(Object client) throws ReflectiveOperationException {
        Methods m = methods(client);
        return new Object[] {m.clientSslSocketFactory.invoke(client), m.clientTrustManager.invoke(client)};
    }

    private static Methods methods(Object okhttpObject) throws ReflectiveOperationException {
        Methods m = METHODS.get(okhttpObject.getClass());
        if (m.failure != null) {
            throw m.failure;
        }
        return m;
    }

    /** The OkHttp methods used, as one class loader sees them. */
    private static final class Methods {
        final Method pool;
        final Method sslSocketFactory;
        final Method connectionSpecs;
        final Method isTls;
        final Method socketFactory;
        final Method retryOnConnectionFailure;
        final Method pingInterval;
        final Method setPool;
        final Method setSslSocketFactory;
        final Constructor<?> newPool;
        final Method clientSslSocketFactory;
        final Method clientTrustManager;
        /** Why the lookup failed (not OkHttp 4.12 / 5.x, or not visible from that loader), else null. */
        final ReflectiveOperationException failure;

        private Methods(ClassLoader loader) throws ReflectiveOperationException {
            Class<?> builder = type("okhttp3.OkHttpClient$Builder", loader);
            Class<?> poolType = type("okhttp3.ConnectionPool", loader);
            pool = builder.getMethod("getConnectionPool$okhttp");
            sslSocketFactory = builder.getMethod("getSslSocketFactoryOrNull$okhttp");
            connectionSpecs = builder.getMethod("getConnectionSpecs$okhttp");
            socketFactory = builder.getMethod("getSocketFactory$okhttp");
            retryOnConnectionFailure = builder.getMethod("getRetryOnConnectionFailure$okhttp");
            pingInterval = builder.getMethod("getPingInterval$okhttp");
            setPool = builder.getMethod("connectionPool", poolType);
            setSslSocketFactory = builder.getMethod("sslSocketFactory", SSLSocketFactory.class, X509TrustManager.class);
            isTls = type("okhttp3.ConnectionSpec", loader).getMethod("isTls");
            newPool = poolType.getConstructor(int.class, long.class, TimeUnit.class);
            Class<?> client = type("okhttp3.OkHttpClient", loader);
            clientSslSocketFactory = client.getMethod("sslSocketFactory");
            clientTrustManager = client.getMethod("x509TrustManager");
            failure = null;
        }

        private Methods(ReflectiveOperationException failure) {
            pool = sslSocketFactory = connectionSpecs = isTls = socketFactory = retryOnConnectionFailure =
                    pingInterval = setPool =
                    setSslSocketFactory = clientSslSocketFactory = clientTrustManager = null;
            newPool = null;
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
