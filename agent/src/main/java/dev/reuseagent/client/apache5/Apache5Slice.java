package dev.reuseagent.client.apache5;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.client.apache.ApacheHints;
import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.ArrayList;
import java.util.List;

/** Apache HttpClient 5.x classic ({@code org.apache.hc.client5}) with its pooling connection manager. */
public final class Apache5Slice extends ClientSlice {

    public static final String NAME = "apache5";

    /** Set by {@link #start} when {@code enforce=apache}: {@link #hooks()} then adds the repair hooks. */
    private volatile boolean enforcing;

    public Apache5Slice() {
        super(NAME, "apache", List.of("org.apache.hc."),
                List.of(Apache5Instrumentation.RUNTIME, Apache5Instrumentation.CONNECTION, Apache5Instrumentation.OPERATOR,
                        Apache5Instrumentation.STRICT_POOL, Apache5Instrumentation.LAX_POOL,
                        Apache5Instrumentation.STRICT_ROUTE_POOL, Apache5Instrumentation.LAX_ROUTE_POOL,
                        Apache5Instrumentation.REQUEST_EXECUTOR, Apache5Instrumentation.CONNECT_EXEC,
                        Apache5Instrumentation.REUSE_STRATEGY));
    }

    @Override
    public List<String> enforceHookedClasses() {
        return List.of(Apache5Instrumentation.BUILDER, Apache5Instrumentation.INTERNAL_CLIENT,
                Apache5Instrumentation.RUNTIME);
    }

    @Override
    public List<Hook> hooks() {
        if (!enforcing) {
            return Apache5Instrumentation.hooks();
        }
        List<Hook> hooks = new ArrayList<>(Apache5Instrumentation.hooks());
        hooks.addAll(Apache5Instrumentation.enforceHooks());
        return hooks;
    }

    @Override
    public void start(SliceContext context) {
        Apache5Tracking tracking = new Apache5Tracking(context.connections(), context.transport(),
                context.attached());
        if (context.enforcement() != null) {
            Apache5Enforcer enforcer = new Apache5Enforcer(context.enforcement());
            tracking.enforceWith(enforcer);
            Apache5Hooks.enforce(enforcer);
            enforcing = true;
        }
        Apache5Hooks.install(tracking);
    }

    @Override
    public ClientHints hints() {
        return new ApacheHints("ConnectionRequestTimeoutException",
                "raise PoolingHttpClientConnectionManagerBuilder#setMaxConnPerRoute (default 5) and "
                        + "setMaxConnTotal (default 25)");
    }
}
