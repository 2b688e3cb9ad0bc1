package dev.reuseagent.client.jetty;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/** Jetty's {@code HttpClient} 12.1 ({@code org.eclipse.jetty.client}), HTTP/1.1 and HTTP/2. Nothing to enforce yet. */
public final class JettySlice extends ClientSlice {

    public static final String NAME = "jetty";

    public JettySlice() {
        super(NAME, null, List.of("org.eclipse.jetty."),
                List.of(JettyInstrumentation.DESTINATION, JettyInstrumentation.POOL,
                        JettyInstrumentation.FUTURE_CONNECTION, JettyInstrumentation.CHANNEL_HTTP1,
                        JettyInstrumentation.CONNECTION_HTTP1, JettyInstrumentation.CHANNEL_HTTP2));
    }

    @Override
    public List<Hook> hooks() {
        return JettyInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        JettyHooks.install(new JettyTracking(context.connections(), context.transport(), new ReflectiveJettyApi()));
    }
}
