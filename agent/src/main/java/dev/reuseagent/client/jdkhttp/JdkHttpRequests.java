package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.model.Origin;

import java.lang.reflect.Method;
import java.net.URI;

/**
 * Reads the origin of a {@code java.net.http.HttpRequest}. The agent's classes live on the boot class path, which
 * does not see module {@code java.net.http} (the platform loader defines it), so the request's public
 * {@code uri()} is called reflectively. Only for new (or adopted) connections, never on the reused path.
 */
final class JdkHttpRequests {

    /** {@code java.net.http.HttpRequest#uri()}, looked up on first use; the module is defined once per JVM. */
    private static volatile Method uri;

    private JdkHttpRequests() {
    }

    /** The request's origin, or null when it has none or is not a request. */
    static Origin origin(Object request) throws ReflectiveOperationException {
        if (request == null) {
            return null;
        }
        Method method = uri;
        if (method == null) {
            Class<?> publicType = Class.forName("java.net.http.HttpRequest", false,
                    request.getClass().getClassLoader());
            method = publicType.getMethod("uri");
            uri = method;
        }
        if (!method.getDeclaringClass().isInstance(request)) {
            return null;
        }
        URI target = (URI) method.invoke(request);
        return target == null ? null : Origin.of(target.getScheme(), target.getHost(), target.getPort());
    }
}
