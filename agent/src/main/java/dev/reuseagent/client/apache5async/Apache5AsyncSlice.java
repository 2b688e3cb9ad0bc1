package dev.reuseagent.client.apache5async;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * Apache HttpClient 5.x async ({@code HttpAsyncClients}, {@code CloseableHttpAsyncClient}) with its
 * {@code PoolingAsyncClientConnectionManager} or, HTTP/2-only ({@code customHttp2()}), its session pool; HTTP/1.1 and
 * HTTP/2. Nothing to enforce.
 */
public final class Apache5AsyncSlice extends ClientSlice {

    public static final String NAME = "apache5-async";

    public Apache5AsyncSlice() {
        super(NAME, null, List.of("org.apache.hc."),
                List.of(Apache5AsyncInstrumentation.MANAGER, Apache5AsyncInstrumentation.ENDPOINT,
                        Apache5AsyncInstrumentation.CONNECTION, Apache5AsyncInstrumentation.H2_RUNTIME,
                        Apache5AsyncInstrumentation.H2_SESSION_POOL));
    }

    @Override
    public List<Hook> hooks() {
        return Apache5AsyncInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        Apache5AsyncHooks.install(new Apache5AsyncTracking(context.connections(), context.transport()),
                new H2Tracking(context.connections(), context.transport()));
    }
}
