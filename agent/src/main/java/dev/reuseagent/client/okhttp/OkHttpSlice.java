package dev.reuseagent.client.okhttp;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/** OkHttp 4.12 and 5.x ({@code okhttp3}), with Okio underneath it. */
public final class OkHttpSlice extends ClientSlice {

    public static final String NAME = "okhttp";

    public OkHttpSlice() {
        super(NAME, NAME, List.of("okhttp3.", "okio."),
                List.of(OkHttpInstrumentation.POOL, OkHttpInstrumentation.CONNECTION, OkHttpInstrumentation.CALL,
                        OkHttpInstrumentation.ASYNC_CALL, OkHttpInstrumentation.EXCHANGE,
                        OkHttpInstrumentation.CONNECT_PLAN, OkHttpInstrumentation.CALL_SERVER_INTERCEPTOR,
                        OkHttpInstrumentation.PLATFORM));
    }

    @Override
    public List<Hook> hooks() {
        return OkHttpInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        OkHttpHooks.install(new OkHttpTracking(context.connections(), context.transport(), context.attached()));
    }
}
