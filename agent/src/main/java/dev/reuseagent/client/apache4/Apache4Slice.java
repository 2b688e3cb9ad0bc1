package dev.reuseagent.client.apache4;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.client.apache.ApacheHints;
import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.ArrayList;
import java.util.List;

/** Apache HttpClient 4.5 ({@code org.apache.http}) with its pooling connection manager, and its legacy API. */
public final class Apache4Slice extends ClientSlice {

    public static final String NAME = "apache4";

    /** Set by {@link #start} when {@code enforce=apache}: {@link #hooks()} then adds the repair hooks. */
    private volatile boolean enforcing;

    public Apache4Slice() {
        super(NAME, "apache", List.of("org.apache.http.", "org.apache.commons.logging."),
                List.of(Apache4Instrumentation.POOL, Apache4Instrumentation.ROUTE_POOL, Apache4Tracking.CPOOL,
                        Apache4Tracking.CPOOL_ENTRY, Apache4Instrumentation.REQUEST_EXECUTOR,
                        Apache4Instrumentation.POOL_PROXY, Apache4Instrumentation.MAIN_EXEC,
                        Apache4Instrumentation.CONNECTION_HOLDER, Apache4Instrumentation.CLIENT_REUSE_STRATEGY,
                        Apache4Instrumentation.REUSE_STRATEGY, Apache4Instrumentation.NO_REUSE_STRATEGY,
                        Apache4Instrumentation.OPERATOR,
                        // the legacy API (DefaultHttpClient & co.)
                        Apache4LegacyInstrumentation.CONNECTION, Apache4LegacyInstrumentation.OPERATOR,
                        Apache4LegacyInstrumentation.POOLING, Apache4LegacyInstrumentation.BASIC,
                        Apache4LegacyInstrumentation.SINGLE, Apache4LegacyInstrumentation.THREAD_SAFE,
                        Apache4LegacyInstrumentation.ROUTE_POOL, Apache4LegacyInstrumentation.WAITING_THREAD,
                        Apache4LegacyInstrumentation.DIRECTOR));
    }

    @Override
    public List<String> enforceHookedClasses() {
        return List.of(Apache4Instrumentation.BUILDER, Apache4Instrumentation.INTERNAL_CLIENT,
                Apache4Instrumentation.RESPONSE_PROXY, Apache4Instrumentation.CONNECTION_HOLDER);
    }

    /** Relocated copies (Maven 3.8's wagon, products' shaded jars) are recognised: see {@code util.Relocations}. */
    @Override
    public List<String> relocatablePackages() {
        return List.of("org.apache.http.");
    }

    @Override
    public List<Hook> hooks() {
        if (!enforcing) {
            return Apache4Instrumentation.hooks();
        }
        List<Hook> hooks = new ArrayList<>(Apache4Instrumentation.hooks());
        hooks.addAll(Apache4Instrumentation.enforceHooks());
        return hooks;
    }

    @Override
    public void start(SliceContext context) {
        Apache4Tracking tracking = new Apache4Tracking(context.connections(), context.transport(),
                context.attached());
        if (context.enforcement() != null) {
            Apache4Enforcer enforcer = new Apache4Enforcer(context.enforcement(), context.connections());
            tracking.enforceWith(enforcer);
            Apache4Hooks.enforce(enforcer);
            enforcing = true;
        }
        Apache4Hooks.install(tracking);
        Apache4LegacyHooks.install(new Apache4LegacyTracking(context.connections(), context.transport(),
                context.attached()));
    }

    @Override
    public ClientHints hints() {
        return new ApacheHints("\"Timeout waiting for connection from pool\"",
                "raise PoolingHttpClientConnectionManager#setDefaultMaxPerRoute (default 2) and setMaxTotal "
                        + "(default 20)");
    }
}
