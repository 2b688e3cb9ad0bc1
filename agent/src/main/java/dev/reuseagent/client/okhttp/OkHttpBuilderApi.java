package dev.reuseagent.client.okhttp;

/**
 * What the {@code shared-pool} repair reads and changes on an {@code OkHttpClient.Builder} just before a client is
 * built from it, and reads back from the client. Every method may throw when OkHttp is not the shape the repair was
 * verified against; the repair then leaves the client as it was.
 */
interface OkHttpBuilderApi {

    /** The builder's {@code ConnectionPool}: 4.12 always has one, 5.x none unless the application set one. */
    Object pool(Object builder) throws ReflectiveOperationException;

    /** The builder's own {@code SSLSocketFactory}, or null: the client would then build one of its own. */
    Object sslSocketFactory(Object builder) throws ReflectiveOperationException;

    /** Whether any of the builder's connection specs is TLS: only then does a client need an SSL socket factory. */
    boolean usesTls(Object builder) throws ReflectiveOperationException;

    /** Whether the builder's {@code SocketFactory} is the JDK's default one. */
    boolean defaultSocketFactory(Object builder) throws ReflectiveOperationException;

    /** The builder's {@code retryOnConnectionFailure} (true unless the application turned it off). */
    boolean retriesOnConnectionFailure(Object builder) throws ReflectiveOperationException;

    /** The builder's HTTP/2 ping interval in milliseconds (0: none). */
    int pingIntervalMillis(Object builder) throws ReflectiveOperationException;

    /** A new {@code ConnectionPool(maxIdle, keepAliveMinutes, MINUTES)} of the builder's OkHttp. */
    Object newPool(Object builder, int maxIdle, long keepAliveMinutes) throws ReflectiveOperationException;

    /** {@code builder.connectionPool(pool)}. */
    void setPool(Object builder, Object pool) throws ReflectiveOperationException;

    /** {@code builder.sslSocketFactory(factory, trustManager)}. */
    void setSslSocketFactory(Object builder, Object factory, Object trustManager) throws ReflectiveOperationException;

    /** {@code client.sslSocketFactory()} and {@code client.x509TrustManager()}, of a client that uses TLS. */
    Object[] clientTls(Object client) throws ReflectiveOperationException;
}
