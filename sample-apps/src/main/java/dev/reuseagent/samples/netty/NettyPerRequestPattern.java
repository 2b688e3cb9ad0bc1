package dev.reuseagent.samples.netty;

import dev.reuseagent.samples.RequestPattern;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;

import java.net.URL;
import java.util.concurrent.TimeUnit;

/**
 * {@code nio-per-request}, {@code epoll-per-request}, {@code nio-tls-per-request}: a new Bootstrap and channel per request, closed after its
 * response. One event loop group for the whole run (building one per request would only add to the cost): each
 * request still pays a TCP connect.
 */
final class NettyPerRequestPattern implements RequestPattern {

    private final NettyTransport transport;
    private final EventLoopGroup group;
    private final SslContext ssl;

    /** @param ssl null for http:// */
    NettyPerRequestPattern(NettyTransport transport, SslContext ssl) {
        this.transport = transport;
        this.group = transport.newGroup();
        this.ssl = ssl;
    }

    @Override
    public int get(URL url) throws Exception {
        Channel channel = NettyClients.bootstrap(group, transport, ssl, url).connect(url.getHost(), NettyClients.port(url)).sync().channel(); // the mistake: a channel per request
        NettyClients.announce(channel);
        try {
            return NettyClients.exchange(channel, url);
        } finally {
            channel.close().sync();
        }
    }

    @Override
    public void afterLastRequest() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
