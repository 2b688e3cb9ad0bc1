package dev.reuseagent.client.apache5;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.client.apache.ApacheHints;
import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.List;

/** Apache HttpClient 5.x classic ({@code org.apache.hc.client5}) with its pooling connection manager. */
public final class Apache5Slice extends ClientSlice {

    public static final String NAME = "apache5";

    public Apache5Slice() {
        super(NAME, "apache", List.of("org.apache.hc."),
                List.of(Apache5Instrumentation.RUNTIME, Apache5Instrumentation.CONNECTION, Apache5Instrumentation.OPERATOR,
                        Apache5Instrumentation.STRICT_POOL, Apache5Instrumentation.LAX_POOL,
                        Apache5Instrumentation.STRICT_ROUTE_POOL, Apache5Instrumentation.LAX_ROUTE_POOL,
                        Apache5Instrumentation.REQUEST_EXECUTOR, Apache5Instrumentation.CONNECT_EXEC,
                        Apache5Instrumentation.REUSE_STRATEGY));
    }

    @Override
    public List<Hook> hooks() {
        return Apache5Instrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        Apache5Hooks.install(new Apache5Tracking(context.connections(), context.transport(), context.attached()));
    }

    @Override
    public ClientHints hints() {
        return new ApacheHints("ConnectionRequestTimeoutException",
                "raise PoolingHttpClientConnectionManagerBuilder#setMaxConnPerRoute (default 5) and "
                        + "setMaxConnTotal (default 25)");
    }
}
