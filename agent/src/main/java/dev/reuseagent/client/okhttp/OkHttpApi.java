package dev.reuseagent.client.okhttp;

import dev.reuseagent.model.Origin;

/**
 * What the hooks read from OkHttp objects beyond the fields the advice hands over. Only asked on cold paths: a new
 * connection, a close, a connection the agent meets for the first time after an attach.
 */
interface OkHttpApi {

    /** The origin of a connection ({@code okhttp3.Connection}), or null if it cannot be read. */
    Origin origin(Object connection);

    /** The origin of an {@code okhttp3.Route}, or null if it cannot be read. */
    Origin originOfRoute(Object route);

    /** The connection's {@code SSLSocketFactory} (part of OkHttp's pool key), or null for cleartext. */
    Object sslSocketFactory(Object connection);

    /** Whether the request behind this {@code okhttp3.Response} itself asked for {@code Connection: close}. */
    boolean requestAsksClose(Object response);

    /** Whether this {@code okhttp3.Call} was cancelled by the application. */
    boolean canceled(Object call);

    /** Whether a call on this {@code RealConnection} was cancelled by the application (false if unknown). */
    boolean callCanceled(Object connection);
}
