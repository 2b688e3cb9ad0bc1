package dev.reuseagent.client.jetty;

import dev.reuseagent.model.Origin;

/** What the tracking reads of Jetty's objects; reflective in the agent, a fake in the tests. */
interface JettyApi {

    /** The origin of an {@code HttpDestination}: its scheme, host and port. */
    Origin origin(Object destination);

    /** The {@code SocketChannel} under a connection's end point (through TLS), or null. */
    Object socketChannel(Object connection);

    /** The JDK {@code SSLEngine} of a connection's TLS end point, or null (plain, or not an HTTP/1.1 one). */
    Object sslEngine(Object connection);

    /** Whether the exchange of this {@code Result} got a response head. */
    boolean responded(Object result);

    /** Whether the exchange of this {@code Result} failed. */
    boolean failed(Object result);

    /** The failure of the exchange of this {@code Result} (its request's or its response's), or null. */
    Throwable failure(Object result);

    /** Whether the request of this {@code Result} said {@code Connection: close}. */
    boolean requestAsksClose(Object result);
}
