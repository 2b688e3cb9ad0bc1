package dev.reuseagent.client.vertx;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.report.ClientHints;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * Vert.x 5's HTTP client ({@code io.vertx.core.http.HttpClient}, what Vert.x's WebClient runs on) over its connection
 * pool: requests, new and reused connections per origin, reasons and close causes, HTTP/1.x and HTTP/2. Its TCP connects are
 * reported by the {@code netty} slice (with the application line carried from the thread that sent the request) and
 * claimed here. Nothing to enforce.
 */
public final class VertxSlice extends ClientSlice {

    public static final String NAME = "vertx";

    public VertxSlice() {
        super(NAME, null, List.of("io.vertx."),
                List.of(VertxInstrumentation.CONNECTION, VertxInstrumentation.STREAM, VertxInstrumentation.CLIENT,
                        VertxInstrumentation.H2_CONNECTION, VertxInstrumentation.H2_BASE));
    }

    @Override
    public List<Hook> hooks() {
        return VertxInstrumentation.hooks();
    }

    @Override
    public ClientHints hints() {
        return new VertxHints();
    }

    @Override
    public void start(SliceContext context) {
        VertxHooks.install(new VertxTracking(context.connections(), context.transport()));
    }
}
