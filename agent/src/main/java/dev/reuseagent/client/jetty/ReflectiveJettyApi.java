package dev.reuseagent.client.jetty;

import dev.reuseagent.model.Origin;

import java.nio.channels.SocketChannel;
import java.util.Locale;

/** {@link JettyApi} by reflection on Jetty 12's public API. */
final class ReflectiveJettyApi implements JettyApi {

    private static final int MAX_END_POINT_LAYERS = 4;

    private final PublicMethods scheme = new PublicMethods("getScheme");
    private final PublicMethods host = new PublicMethods("getHost");
    private final PublicMethods port = new PublicMethods("getPort");
    private final PublicMethods endPoint = new PublicMethods("getEndPoint");
    private final PublicMethods session = new PublicMethods("getSession");
    private final PublicMethods sessionEndPoint = new PublicMethods("getEndPoint");
    private final PublicMethods response = new PublicMethods("getResponse");
    private final PublicMethods status = new PublicMethods("getStatus");
    private final PublicMethods isFailed = new PublicMethods("isFailed");
    private final PublicMethods failure = new PublicMethods("getFailure");
    private final PublicMethods request = new PublicMethods("getRequest");
    private final PublicMethods headers = new PublicMethods("getHeaders");
    private final PublicMethods header = new PublicMethods("get", String.class);

    @Override
    public Origin origin(Object destination) {
        try {
            Object s = scheme.call(destination);
            Object h = host.call(destination);
            Object p = port.call(destination);
            if (s instanceof String && h instanceof String && p instanceof Integer) {
                return Origin.of((String) s, (String) h, (Integer) p);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public Object socketChannel(Object connection) {
        try {
            // HTTP/1.1: the connection is the end point's; HTTP/2: the session's
            Object layer = PublicMethods.find(connection.getClass(), "getEndPoint") != null ? endPoint.call(connection)
                    : sessionEndPoint.call(session.call(connection));
            // TLS: the SslEndPoint's transport is the end point under it, whose transport is the channel
            for (int i = 0; i < MAX_END_POINT_LAYERS && layer != null; i++) {
                if (layer instanceof SocketChannel) {
                    return layer;
                }
                java.lang.reflect.Method transport = PublicMethods.find(layer.getClass(), "getTransport");
                layer = transport == null ? null : transport.invoke(layer);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public Object sslEngine(Object connection) {
        try {
            Object point = PublicMethods.find(connection.getClass(), "getEndPoint") == null ? null
                    : endPoint.call(connection);
            // TLS: the end point is SslConnection's SslEndPoint; its connection holds the engine
            java.lang.reflect.Method ssl = point == null ? null : PublicMethods.find(point.getClass(), "getSslConnection");
            Object sslConnection = ssl == null ? null : ssl.invoke(point);
            java.lang.reflect.Method engine = sslConnection == null ? null
                    : PublicMethods.find(sslConnection.getClass(), "getSSLEngine");
            return engine == null ? null : engine.invoke(sslConnection);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public boolean responded(Object result) {
        try {
            Object code = status.call(response.call(result));
            return code instanceof Integer && (Integer) code > 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean failed(Object result) {
        try {
            return Boolean.TRUE.equals(isFailed.call(result));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Throwable failure(Object result) {
        try {
            Object thrown = failure.call(result);
            return thrown instanceof Throwable ? (Throwable) thrown : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public boolean requestAsksClose(Object result) {
        try {
            Object value = header.call(headers.call(request.call(result)), new Object[] {"Connection"});
            return value instanceof String && ((String) value).toLowerCase(Locale.ROOT).contains("close");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
