package dev.reuseagent.client.nettytls;

import dev.reuseagent.weave.Hook;

import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;

/**
 * One hook, verified against netty-handler 4.2.17 (class files, and run in the it-tests):
 * {@code io.netty.handler.ssl.SslHandler#handlerAdded(ChannelHandlerContext)}, with its final field
 * {@code engine} ({@code javax.net.ssl.SSLEngine}, set by the constructor). Every SslHandler is added to a pipeline
 * before its handshake starts (on {@code channelActive}, or here when the channel is already active), and
 * {@code ctx.channel()} is the channel whose connect {@code client/netty} reported.
 */
public final class NettyTlsInstrumentation {

    static final String SSL_HANDLER = "io.netty.handler.ssl.SslHandler";

    private NettyTlsInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(new Hook(SSL_HANDLER, named("handlerAdded").and(takesArguments(1))
                .and(takesArgument(0, "io.netty.channel.ChannelHandlerContext")), HandlerAddedAdvice.class));
    }
}
