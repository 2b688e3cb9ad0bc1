package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.ArrayList;
import java.util.List;

/** OkHttp 3.14, 4.12 and 5.x ({@code okhttp3}), with Okio underneath it. */
public final class OkHttpSlice extends ClientSlice {

    public static final String NAME = "okhttp";

    public OkHttpSlice() {
        super(NAME, NAME, List.of("okhttp3.", "okio."),
                List.of(OkHttpInstrumentation.POOL, OkHttpInstrumentation.CONNECTION, OkHttpInstrumentation.CALL,
                        OkHttpInstrumentation.ASYNC_CALL, OkHttpInstrumentation.CALL3, OkHttpInstrumentation.ASYNC_CALL3,
                        OkHttpInstrumentation.TRANSMITTER, OkHttpInstrumentation.EXCHANGE,
                        OkHttpInstrumentation.CONNECT_PLAN, OkHttpInstrumentation.CALL_SERVER_INTERCEPTOR,
                        OkHttpInstrumentation.PLATFORM));
    }

    /** Set by {@link #start}: {@code enforce=} names okhttp, so the repair's hooks are woven too. */
    private volatile boolean enforcing;

    @Override
    public List<String> enforceHookedClasses() {
        return List.of(OkHttpInstrumentation.CLIENT, OkHttpInstrumentation.BUILDER);
    }

    @Override
    public List<Hook> hooks() {
        if (!enforcing) {
            return OkHttpInstrumentation.hooks();
        }
        List<Hook> hooks = new ArrayList<>(OkHttpInstrumentation.hooks());
        hooks.addAll(OkHttpInstrumentation.enforceHooks());
        return hooks;
    }

    @Override
    public void start(SliceContext context) {
        enforcing = context.enforcement() != null;
        OkHttpHooks.install(new OkHttpTracking(context.connections(), context.transport(), context.attached()),
                enforcing ? new OkHttpSharedPool(context.enforcement()) : null);
    }
}
