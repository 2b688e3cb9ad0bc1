package dev.reuseagent.client.reactornetty;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * Reactor Netty 1.3's HTTP client ({@code reactor.netty.http.client.HttpClient}, what Spring's WebClient runs on)
 * over its connection pool: requests, new and reused connections per origin, reasons and close causes, HTTP/1.1.
 * Its TCP connects are reported by the {@code netty} slice and claimed here. Nothing to enforce.
 */
public final class ReactorNettySlice extends ClientSlice {

    public static final String NAME = "reactor-netty";

    public ReactorNettySlice() {
        super(NAME, null, List.of("reactor.netty.", "reactor.core.", "reactor.util."),
                List.of(ReactorNettyInstrumentation.PROVIDER, ReactorNettyInstrumentation.ACQUIRE,
                        ReactorNettyInstrumentation.POOLED_CONNECTION, ReactorNettyInstrumentation.INITIALIZER,
                        ReactorNettyInstrumentation.NEW_PROVIDER, ReactorNettyInstrumentation.NEW_OBSERVER,
                        ReactorNettyInstrumentation.H2_ACQUIRE, ReactorNettyInstrumentation.POOL));
    }

    @Override
    public List<Hook> hooks() {
        return ReactorNettyInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        ReactorNettyHooks.install(new ReactorNettyTracking(context.connections(), context.transport()));
    }
}
