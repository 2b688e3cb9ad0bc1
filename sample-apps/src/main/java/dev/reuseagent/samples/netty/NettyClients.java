package dev.reuseagent.samples.netty;

import dev.reuseagent.samples.SampleOutput;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import dev.reuseagent.samples.Tls;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;

/** How the netty patterns build their bootstrap and run one HTTP/1.1 exchange on a channel. */
final class NettyClients {

    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    private NettyClients() {
    }

    /**
     * A bootstrap whose channels speak HTTP/1.1 and hand each full response to {@link #exchange}; over TLS first
     * when {@code ssl} is not null (an SslHandler for {@code url}'s host and port: its engine's session cache key).
     */
    static Bootstrap bootstrap(EventLoopGroup group, NettyTransport transport, SslContext ssl, URL url) {
        return new Bootstrap().group(group).channel(transport.channelType())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        long listenerMs = Long.getLong(SlowConnectListener.PROPERTY, 0);
                        if (listenerMs > 0) {
                            ch.pipeline().addLast(new SlowConnectListener(listenerMs));
                        }
                        if (ssl != null) {
                            ch.pipeline().addLast(ssl.newHandler(ch.alloc(), url.getHost(), port(url)));
                        }
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(16 * 1024 * 1024),
                                new ResponseHandler());
                    }
                });
    }

    /**
     * The client side of TLS for the {@code *-tls-*} patterns: Netty's SslHandler over the JDK's own SSLEngine (not
     * OpenSSL), trusting what the run trusts; one per run, so its session cache lets later connections resume.
     */
    static SslContext jdkTls(Tls tls) {
        try {
            return SslContextBuilder.forClient().sslProvider(SslProvider.JDK).trustManager(tls.trustManager()).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build Netty's client SslContext", e);
        }
    }

    static int port(URL url) {
        boolean https = url.getProtocol().equals("https");
        if (!https && !url.getProtocol().equals("http")) {
            throw new IllegalArgumentException("the netty samples speak http:// and https:// only: " + url);
        }
        return url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
    }

    /** {@code sample: channel=<class>}, once per run: which transport's channel really connected. */
    static void announce(Channel channel) {
        if (ANNOUNCED.compareAndSet(false, true)) {
            System.out.println("sample: channel=" + channel.getClass().getSimpleName());
        }
    }

    /** One GET on {@code channel}; records and returns the status. Keep-alive: the channel stays open. */
    static int exchange(Channel channel, URL url) throws Exception {
        CompletableFuture<FullHttpResponse> pending = new CompletableFuture<>();
        channel.pipeline().get(ResponseHandler.class).expect(pending);
        String path = url.getFile().isEmpty() ? "/" : url.getFile();
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, path);
        request.headers().set(HttpHeaderNames.HOST, url.getHost() + ":" + port(url))
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        channel.writeAndFlush(request);
        FullHttpResponse response = pending.get(30, TimeUnit.SECONDS);
        try {
            int status = response.status().code();
            SampleOutput.response(status, ByteBufUtil.getBytes(response.content()));
            return status;
        } finally {
            response.release();
        }
    }

    /** Completes the exchange in flight with its response, or fails it when the channel fails or closes. */
    static final class ResponseHandler extends SimpleChannelInboundHandler<FullHttpResponse> {
        private volatile CompletableFuture<FullHttpResponse> pending;

        void expect(CompletableFuture<FullHttpResponse> next) {
            pending = next;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            CompletableFuture<FullHttpResponse> p = pending;
            if (p != null) {
                p.complete(response.retain());
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            CompletableFuture<FullHttpResponse> p = pending;
            if (p != null) {
                p.completeExceptionally(cause);
            }
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            CompletableFuture<FullHttpResponse> p = pending;
            if (p != null) {
                p.completeExceptionally(new IOException("connection closed before the response"));
            }
        }
    }
}
