package dev.reuseagent.client.jdkhttp;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * {@code java.net.http.HttpClient}, HTTP/1.1 and HTTP/2, with the TLS handshakes of its {@code SSLEngine}s. Its
 * {@code sun.security.ssl.TransportContext} hooks start the slice too, so HTTPS through any client starts it.
 */
public final class JdkHttpSlice extends ClientSlice {

    public static final String NAME = "jdkhttp";

    public JdkHttpSlice() {
        super(NAME, NAME, List.of() /* the JDK is always skipped */,
                List.of(JdkHttpInstrumentation.CLIENT, JdkHttpInstrumentation.POOL, JdkHttpInstrumentation.CONNECTION,
                        JdkHttpInstrumentation.PLAIN_CONNECTION, JdkHttpInstrumentation.RESPONSE,
                        JdkHttpInstrumentation.TLS_CONNECTION, JdkHttpInstrumentation.TLS_CONTEXT));
    }

    @Override
    public List<Hook> hooks() {
        return JdkHttpInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        JdkHttpHooks.install(new JdkHttpTracking(context.connections(), context.transport(), context.attached()));
    }
}
