package dev.reuseagent.client.apache4async;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * Apache HttpAsyncClient 4.1 ({@code org.apache.http.impl.nio}, with httpcore-nio 4.4) and its
 * {@code PoolingNHttpClientConnectionManager}: the client under Elasticsearch's low-level RestClient. It hooks only
 * classes of httpasyncclient and httpcore-nio, so the {@code apache4} slice (httpclient and httpcore, which this
 * client also loads) applies beside it in the same class loader, each counting its own connections. Nothing to
 * enforce.
 */
public final class Apache4AsyncSlice extends ClientSlice {

    public static final String NAME = "apache4-async";

    public Apache4AsyncSlice() {
        super(NAME, null, List.of("org.apache.http.", "org.apache.commons.logging."),
                List.of(Apache4AsyncInstrumentation.POOL, Apache4AsyncInstrumentation.ROUTE_POOL,
                        Apache4AsyncInstrumentation.CPOOL, Apache4AsyncInstrumentation.CPOOL_ENTRY,
                        Apache4AsyncInstrumentation.REQUEST_EXECUTOR, Apache4AsyncInstrumentation.EXCHANGE_HANDLER,
                        Apache4AsyncInstrumentation.DEFAULT_HANDLER, Apache4AsyncInstrumentation.MINIMAL_HANDLER,
                        Apache4AsyncInstrumentation.SSL_SESSION));
    }

    @Override
    public List<Hook> hooks() {
        return Apache4AsyncInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        Apache4AsyncHooks.install(new Apache4AsyncTracking(context.connections(), context.transport()));
    }
}
