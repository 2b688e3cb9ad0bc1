package dev.reuseagent.client.apache;

import java.lang.reflect.Method;

/**
 * Reads a request's {@code Connection} header through the public API both versions share
 * ({@code getHeaders(String)} on the request, {@code getValue()} on each header), by reflection because the
 * agent never links against the library. Called only when a reuse strategy has refused to keep a connection.
 */
public final class ApacheRequests {

    private ApacheRequests() {
    }

    /** Whether the request asked for {@code Connection: close}; false when that cannot be read. */
    public static boolean asksToClose(Object request) {
        if (request == null) {
            return false;
        }
        try {
            Method getHeaders = request.getClass().getMethod("getHeaders", String.class);
            Object headers = getHeaders.invoke(request, "Connection");
            if (!(headers instanceof Object[])) {
                return false;
            }
            for (Object header : (Object[]) headers) {
                Object value = header.getClass().getMethod("getValue").invoke(header);
                if (value instanceof String && hasCloseToken((String) value)) {
                    return true;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // an unexpected request shape: the caller falls back to server-closed
        }
        return false;
    }

    /** 4.5 keeps the request in the context under {@code http.request} (HttpCoreContext.HTTP_REQUEST). */
    public static Object requestOfContext(Object context) {
        if (context == null) {
            return null;
        }
        try {
            return context.getClass().getMethod("getAttribute", String.class).invoke(context, "http.request");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static boolean hasCloseToken(String value) {
        for (String token : value.split(",")) {
            if (token.trim().equalsIgnoreCase("close")) {
                return true;
            }
        }
        return false;
    }
}
